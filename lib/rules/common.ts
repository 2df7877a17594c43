// Lists that hold in every language: platforms, faiths as adjectives, abbreviations written in Latin letters.
// They are merged into each language's own lists (languages.ts); a language without a file gets these alone.
import type { WordLists } from './word-lists';

const common: WordLists = {
  // Deities and abbreviations that are capitalised everywhere and never a party of the story.
  notNames: `god allah jesus christ internet web ok tv am pm a.m. p.m. ad bc covid covid-19 pandemic
    i ii iii iv v vi vii viii ix gmt utc cet est pst edt pdt bst http https www pdf html faq`,
  // Platforms: named in passing ("posted on X") they are no party (languages.ts adds them to notNames); a story
  // about one names it again and again (parties/platforms.ts).
  // Words that link a role or a post to where it is held ("the mayor of …", "el alcalde de …", "der Sprecher des …"):
  // every language's, since a phrase keeps its own language's link inside another's text.
  genitives: 'of de du des del della di der von do da dos das',
  platforms: `x twitter facebook instagram tiktok youtube whatsapp telegram linkedin reddit threads bluesky snapchat
    wechat weibo`,
  // Faiths and their adjectives alone ("the Muslim people") name no party; inside a name they are part of it.
  notAlone: `muslim muslims islamic christian christians jewish jews hindu hindus buddhist buddhists sikh sikhs catholic
    catholics protestant protestants sunni sunnis shia shiite shiites evangelical evangelicals`,
  // Heads of organisation names written the same way in many languages ("Nordlicht Container Line", "Siemens AG"),
  // and the Romance heads that open firms' names met in other languages' texts ("Société Générale" in a German one).
  orgHeads: `group holding holdings line lines airlines airways ag gmbh inc inc. ltd ltd. llc plc sa s.a. spa s.p.a. nv
    n.v. bv b.v. corp corp. co co. company media capital partners international bank fc club team
    société banque compagnie banco`,
  // Particles inside people's names whatever the article's language ("Ursula von der Leyen" in a Spanish text).
  nameParticles: 'von van der den de du des la le del della di da dos das bin ibn al el ter ten zu af abu',
  // English heads of news media's names, met in every language's text ("Vatican News", "Fox News" in a German one).
  mediaHeads: 'news times journal gazette herald tribune',
  // The particles that open a person's surname, in any language's text ("Joost van den Berg" in an English one).
  surnameParticles: 'von van der den de du des la le del della di da dos das do ter ten zu af bin ibn al el abu',
  // Words that join the items of a list, in the languages with lists (Dutch "en" is in nl.ts: French "en" is "in").
  conjunctions: 'and or und oder et ou y o e och og eller i или и oraz lub',
  // Words that give a name's other form right after it ("Facebook, now Meta", "Meta (formerly Facebook)"): one party.
  renamings: 'now formerly heute jetzt ehemals vormals früher ahora antes désormais anciennement ora già agora antigo antiga nu voorheen',
  // Words a site's name adds to its publisher's name, in many languages' sites ("BBC News", "heise online").
  siteWords: 'news online digital live',
  // Credits in any language: a news agency's or photo agency's name after a slash or a colon.
  credits: 'getty images, afp, reuters, ap, dpa, epa, efe, ansa, apa, keystone, imago, picture alliance, shutterstock, alamy',
  // Arabic particles inside people's names in every language's text: with roleLinks, the words a name or a role
  // phrase may hold (attribution/mention.ts)
  nameLinks: 'bin al',
  // A list's "and" written the same in every language.
  andWords: '&',
  // Particles of Arabic patronyms ("son of"), written only inside names ("Abdullah bin Zayed").
  patronymParticles: 'bin ibn bint',
};

export default common;
