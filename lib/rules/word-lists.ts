// The shape of one language's word lists (lib/rules/<lang>.ts): what each list holds and how the analysis reads it.
// lib/rules/languages.ts compiles them into sets and patterns.

/** m: he; f: she; n: plural or unknown; o: an organisation or a document ("it said"); x: never a speaker. */
export type Gender = 'm' | 'f' | 'n' | 'o' | 'x';

/** One language's lists as written in its file: words and phrases in lower case, multiword with single spaces. */
export interface WordLists {
  /** Verbs of saying in the forms news copy uses (past, present, participles, compound tenses). */
  say?: string;
  /** Verbs that frame a quoted fragment without being verbs of saying ("called it “X”", "ha definito"). */
  frame?: string;
  /** Words that attribute only right after a quotation ("„…“, so Höcke"). */
  afterQuote?: string;
  /** Phrases before the source: "according to X". */
  according?: string;
  /** Phrases after the source: "X zufolge". */
  accordingAfter?: string;
  /** Phrases before a source whose view the sentence states, set off by a comma ("Para Hurtado, …", "Pour la
   * syndicaliste, …"). */
  opinion?: string;
  /** The same with a possessive or a pronoun for the source ("À ses yeux, …", "In his view, …"): the person the text
   * is about, found as a pronoun would be. */
  ownView?: string;
  /** Phrases that open a sentence of narration in the infinitive with no subject of their own ("Et d'ajouter que
   * « … »"): the words are those of the person the story was about, found as a pronoun would be. */
  narrativeSay?: string;
  /** Verbs of saying that ask someone else to speak ("demanded that voters answer the question: “…”"): the one asked
   * has not spoken; the words after the later verb are the asker's. */
  directives?: string;
  /** Phrases that open the sentence after a quotation by pointing back at it ("Con esas palabras ha descrito X …",
   * "Así ha resumido X …"): the subject of the verb of saying after them spoke it. */
  backReference?: string;
  /** "the latter", "ce dernier": the person named last before it. */
  latter?: string;
  /** Nouns of documents a party puts out ("statement", "comunicado"): "X issued a statement saying …" is X's words. */
  documentNouns?: string;
  /** Verb forms only reported speech uses (German Konjunktiv I: "sei", "habe"): such a sentence gives the words of the
   * speaker before. */
  reportedMood?: string;
  /** Endings of nouns that describe a person by age ("the 56-year-old", "der 56-Jährige"). */
  ageEndings?: string;
  /** Subject pronouns that may stand for a speaker, with the gender they carry. */
  pronouns?: Record<string, Gender>;
  /** Plural pronouns a writer also uses for one person of no known gender ("they" for a user account). */
  singularThey?: string;
  /** Possessives and object pronouns that say a person's gender ("his", "her", "ihm"): who a text calls "she"; 'n'
   * takes a subject pronoun's vote away (German "sie" is also "they"). */
  genderWords?: Record<string, Gender>;
  /** Articles, demonstratives, possessives and numbers that open a noun phrase. */
  determiners?: string;
  /** Definite articles that, before a short name, hint at an organisation ("the Fed", "la Fed"); none in languages
   * whose country names take an article too (Portuguese "o Brasil") or where every noun is capitalised (German). */
  orgArticles?: string;
  /** Subject pronouns are mostly dropped ("“…”, confesó."): a verb of saying alone after a quotation speaks for
   * the person the text is about. */
  proDrop?: boolean;
  /** Every noun is capitalised (German): a capitalised word joined to a name by a particle is a noun, not part of
   * the name ("Fähigkeiten von Susanne Raab"). */
  nounsCapitalised?: boolean;
  /** A lower-case word hyphened to a name makes an adjective of it ("Moscow-based", "CDU-nah"): no party. Off where
   * the language writes nouns so ("FN-operationen", Danish) or case endings ("NATO-a", Croatian). */
  hyphenAdjectives?: boolean;
  /** A body's name keeps its adjectives in lower case after its head ("Union européenne", "Consiglio comunale"):
   * such an adjective right after a head ends the name in it. Where names capitalise them ("Unión Europea"), a lower-case
   * one describes the body ("el Gobierno italiano") and stays out. */
  lowerAdjectiveNames?: boolean;
  /** Verbs whose object is whom words were told ("told the AP"): a news outlet or a reporter there is no party. */
  addressVerbs?: string;
  /** Words that mark the press around a name: reporters' roles, "interview", the medium ("television"). */
  pressWords?: string;
  /** Words a site's name adds to its publisher's name ("BBC News", "heise online", "Tagesschau Nachrichten"): the
   * name without them is the site too. */
  siteWords?: string;
  /** Words that introduce whom words were said to ("dijo Ana Ruiz al diario", "a déclaré X au journal"): after a name
   * they end the speaker's phrase, never join it to the outlet. */
  recipients?: string;
  /** Words that open a phrase only as an indirect object, whom words were said to ("to", "dem", "au", "al"): such a
   * phrase never speaks ("sagte sie dem Tagesblatt"). */
  datives?: string;
  /** Words that tie a person to the body they belong to ("of the", "vom", "de la"), between two names before a verb. */
  affiliations?: string;
  /** Words a person uses for themself ("I", "ich", "je", "yo"): a quotation in the first person singular is a
   * person's words, rarely an organisation's (organisations say "we"). */
  /** The first person plural as a subject ("we", "wir"): written outside quotation marks, the writer or the
   * publication, who is no party of the story. */
  firstPlural?: string;
  firstPerson?: string;
  /** A preposition fused with the definite article ("del", "du", "vom"): the phrase after it is definite ("a juicio
   * del mandatario" is the one the story named). */
  articleContractions?: string;
  /** Reflexive pronouns that may follow a verb before its subject ("ereiferte sich der Trainer"). */
  reflexives?: string;
  /** The impersonal pronoun that may stand between a verb and its subject ("Ähnlich sieht es Geoff Yu"). */
  expletives?: string;
  /** Indefinite articles ("a", "ein", "une"): "a diplomat" is somebody new, never the person named before. */
  indefinites?: string;
  /** Auxiliaries and adverbs that may stand between a subject and its verb ("has", "later", "hat"). */
  auxiliaries?: string;
  /** Endings of adverbs ("-ly", "-ment"): an adverb may stand between a subject and its verb. */
  adverbEndings?: string;
  /** Relatives, prepositions and conjunctions: a speaker phrase read forward ends at one of them. */
  clauseWords?: string;
  /** Words that may be capitalised at a sentence start and are never names. */
  functionWords?: string;
  /** Honorifics before a name, with the gender they say (Mr → m; Dr → ''). */
  honorifics?: Record<string, Gender | ''>;
  /** Titles and role nouns written before a name or standing for a person ("the minister"). */
  roles?: string;
  /** Role nouns that say the person's gender ("spokeswoman", "ministra"). */
  femaleRoles?: string;
  maleRoles?: string;
  /** Endings of a noun that names a woman, where the language marks it (German Kriminolog-in, Autor-in). */
  femaleEndings?: string;
  /** Articles that say the gender of the role noun after them, where the noun itself does not ("la portavoz", "la
   * porte-parole", "la presidente"). */
  femaleArticles?: string;
  maleArticles?: string;
  /** Roles whose "of X" names a portfolio, not a party ("minister of Defence", "ministre de la Défense"). */
  portfolioRoles?: string;
  /** Nouns for a spokesperson: their unnamed words belong to the organisation they speak for. */
  spokes?: string;
  /** Qualifiers of a role held for the time being or newly ("interim", "Übergangs-"): a holder so described holds
   * the role now, whatever synonym of it the text uses (attribution/role-modifier.ts). */
  actingRoles?: string;
  /** Role nouns that name the same role, one group a phrase ("trainer|trainerin|coach"): an acting compound of one
   * ("Interimscoach") stands for the acting holder of another of its group ("der Übergangstrainer"), never of any
   * other role ("Interimschef" is no acting coach; attribution/role-modifier.ts). */
  roleSynonyms?: string;
  /** Head words that make a name an organisation ("Union", "Ministry", "Gewerkschaft"). */
  orgHeads?: string;
  /** Common nouns that stand for an organisation named nearby ("the company", "the ministry"). */
  orgNouns?: string;
  /** Heads of the names of newspapers and broadcasters (a source cited, not a party of the story). */
  mediaHeads?: string;
  /** Heads of place names ("Street", "Palazzo"). */
  placeHeads?: string;
  /** Place nouns that open a name before a particle ("Gulf of Mexico", "Golf von Mexiko", "Isle of Man"): a
   * place, whatever the name after the particle is. */
  namedPlaceHeads?: string;
  /** Heads of the names of buildings and sites ("City Hall", "Palazzo Vecchio"): places of the story, not parties. */
  facilities?: string;
  /** Nouns of administrative areas that follow a place's one-word name in lower case ("the Kunene region",
   * "Punjab province"): that name is the area's, a place. */
  areaNouns?: string;
  /** Nouns of events that a place name qualifies ("the Minsk talks"): such a name is no party. */
  eventNouns?: string;
  /** Last words of the names of laws and other documents ("Employment Rights Bill", "Heizungsgesetz"): no party. */
  documentHeads?: string;
  /** First words of such names where the head leads ("loi Travail", "Ley Ómnibus"). */
  documentLeads?: string;
  /** Plural or collective nouns for anonymous speakers ("officials", "protesters"). */
  groups?: string;
  /** Common nouns for a person that describe rather than name (ja 女子 学生 看護師: "女性看護師" is a nurse, no name). */
  personNouns?: string;
  /** A role's domain follows it in the genitive, without a preposition ("Мэр Казани Ильсур Метшин", "Prezydent
   * Warszawy …"): a word between a role and a full name is the role's, not the name's (role-domain.ts). */
  genitiveDomains?: boolean;
  /** Endings of a patronymic, the middle of a full name of three words ("Владимир Владимирович Путин"). */
  patronymicEndings?: string;
  /** Family names, where a language's are few and known (Korean): a name before a title written after it opens with
   * one (titled-after.ts). */
  surnames?: string;
  /** Words for the older of two namesakes, before the surname ("the elder Soros") or as kin before a full name
   * ("his father, George Soros"); and for the younger ("the younger", "his son"): namesakes.ts. */
  elderWords?: string;
  youngerWords?: string;
  /** Particles written onto a word, with no space (Korean 은 는 이 가 을 를 의): taken off to read the word alone. */
  caseParticles?: string;
  /** Capitalised words that are never parties: days, months, holidays, recurring events (de "WM", a world cup). */
  notNames?: string;
  /** Platforms (also in notNames): named in passing ("posted on X"), no party; a story about one repeats its name. */
  platforms?: string;
  /** Nouns of set phrases after a preposition with no article ("in Brand", "in Kraft", "in Summe"), where every noun is
   * capitalised: the tagger reads them as places (parties/bare-nouns.ts). */
  phraseNouns?: string;
  /** Heads of the names of days and seasons ("Labor Day", "Christmas Eve", "Tag der Arbeit"): no party. */
  dateHeads?: string;
  /** Capitalised words that open an event's own name ("Operation Clean Sweep", "Hurricane Katrina"): what follows is no party. */
  eventHeads?: string;
  /** Words that alone name no party but may stand inside a name (faiths: "Muslim", "Catholic Church"). */
  notAlone?: string;
  /** Words that join the words of a name ("of", "von", "de la"). */
  /** Words that link a role or a post to where it is held ("the mayor of", "el alcalde de"). */
  genitives?: string;
  nameParticles?: string;
  /** Particles of other languages' names (common.ts) that are this language's own articles and join no name here:
   * German "das" is never a genitive ("hat das Verfassungsgericht das TSG eingestuft"), Portuguese "das" is
   * ("Maria das Dores"). */
  notParticles?: string;
  /** Particles that open a person's surname after the given names ("Joost van den Berg", "Leonardo da Vinci",
   * "Maria das Dores Ferreira"); never a preposition or a conjunction that joins a body's name ("of", "and"). */
  surnameParticles?: string;
  /** Prepositions that join an organisation's name only right after its head word ("National Institute on Drug
   * Abuse", "Committee on Foreign Affairs"), never a person's or a place's. */
  headLinks?: string;
  /** The noun for a country's government ("the UK government", "Queensland Government"): a party of its own, matched
   * in any case. */
  governments?: string;
  /** Prepositions that open a sentence's fronted phrase ("After Minnesota, the team flew…"): a name inside it is
   * followed by the comma that closes the phrase, not by an apposition. */
  openingPrepositions?: string;
  /** Endings of adjectives of origin a language capitalises ("Alaskan", "Himalayan"): such a word before a noun is
   * no name. */
  demonymEndings?: string;
  /** Words that join the items of a list ("and", "or"). */
  conjunctions?: string;
  /** Words that give a name's newer or older form right after it ("Facebook, now Meta", "Meta (formerly
   * Facebook)"): both name one party. */
  renamings?: string;
  /** Words between a class noun and the names that are its examples ("companies such as Petronas", "Shops wie
   * Temu"): the names are of the noun's kind. */
  examples?: string;
  /** The names one party goes by, its formal name first, a group apart by commas and its names by "|"
   * ("conservative party|conservatives|tories|tory"): nicknames no text needs to define. */
  nicknames?: string;
  /** Conjunctions that open a clause of their own ("when the crowd chanted"), unlike prepositions ("of the crowd"). */
  clauseOpeners?: string;
  /** Conjunctions that join two main clauses ("But Murray struck …", "Aber Müller sagte …"): a name right after one
   * opening its sentence is that clause's subject. */
  coordinators?: string;
  /** Relative pronouns that are their clause's subject with no comma before them ("a sign that read", "une pancarte
   * qui disait"): the verb after one has the phrase before it for subject. Languages that always set a relative
   * clause off by a comma leave it out. */
  relatives?: string;
  /** Words that open a clause reported by the verb before them ("said that", "consideró que", "sagte, dass"): a
   * verb followed by one introduces words of its own subject. */
  complementisers?: string;
  /** Prepositions of place: a name after one is a place ("in Paris"). */
  locatives?: string;
  /** Auxiliaries of the passive right before a verb of saying: its subject was spoken to ("Trump was asked"). */
  passives?: string;
  /** The preposition of a passive's agent ("asked by the host"). */
  agents?: string;
  /** Possessive determiners: "his physician" is somebody of his, never he. */
  possessives?: string;
  /** Words that open a common noun phrase and never a name, capitalised though they may be (formal address, a
   * sentence's start): possessives, quantifiers, negative articles ("Eure Handys", "Jeglicher Kontakt"). */
  nounOpeners?: string;
  /** Prepositions of a workplace after a role: a name after "analyst at" is an employer, no place ("at Gartner"). */
  workplaces?: string;
  /** Prepositions of a match's opponent ("gegen", "against"): a name after one, where the sentence gives a score
   * ("5:0 gegen Chelsea"), is a side of that match, a team (parties/contests.ts). */
  contests?: string;
  /** Words after the numbers of a time of day ("20:30 Uhr", "9-11 pm"): those numbers are then no match's score
   * (parties/contests.ts). */
  clockWords?: string;
  /** Suffixes of compound role and organisation nouns (German "Wirtschaftssenatorin", "Bundesministerium"). */
  roleSuffixes?: string;
  orgSuffixes?: string;
  /** Words of credit lines: a name after one is the reporter or photographer ("Reporting by", "Foto:"). */
  credits?: string;
  /** Speech verbs that follow their quotation with the quotation marker between ("と述べた"); CJK only. */
  quoteParticles?: string;
  /** Particles that join a modifier to the noun after it (ja の): "病院の女性看護師" describes somebody, names nobody. */
  modifierParticles?: string;
  /** Endings of adjectives a language capitalises in a term ("Künstliche Intelligenz"): a run of capitalised words
   * that no tagger found, led by such an adjective and without an organisation's head, is a noun phrase. */
  adjectiveEndings?: string;
  /** Case endings a name takes (German genitive "Hessens", "des Bundes"): a party named so is the one named
   * without it, when the text names that one too. */
  nameEndings?: string;
  /** Where adjectives of place are capitalised: their endings, each with what the place's name has instead
   * ("er>": Berliner of Berlin; "er>en": Thüringer of Thüringen; "ner>en": Münchner of München). */
  placeAdjectives?: string;
  /** Endings an adjective inside a name takes by case ("die Vereinigten Staaten", "der Islamischen Republik"): names
   * whose words before the last differ by these alone are one. */
  adjectiveInflections?: string;
  /** An adjective's ending in the oblique cases, each with its base form's ("ischen>ische": "der Schweizerischen
   * Volkspartei" is the "Schweizerische Volkspartei"), and the articles of those cases before which a name's noun
   * keeps its base form too (not the genitive's "des", "des Technischen Hilfswerks"). */
  obliqueAdjectives?: string;
  obliqueArticles?: string;
  /** Written without spaces (Japanese): names are found by the suffixes and heads below, not by capitals. */
  unspaced?: boolean;
  /** Honorifics and titles written right after a person's name (中居正広氏, 岩本絹子容疑者); unspaced languages. */
  nameSuffixes?: string;
  /** Titles written right after a person's name (清水治理事長); unspaced languages. */
  titleSuffixes?: string;
  /** Those of the titles that are a state's offices (大統領, 財務相), which no common noun takes: after a foreign
   * name in katakana they make a person at once (a title such as 選手 follows common katakana nouns too). */
  officeSuffixes?: string;
  /** First characters that make a name refer back instead of naming (同大 "the said university", 各団体). */
  anaphorPrefixes?: string;
  // Lists read in every language's text (languages.ts everyLanguage: a phrase keeps its own language's words inside
  // another's), each caller's own set: they differ on purpose, so each is named by its use.
  /** "Of" links that say whose or what a head is ("la madre de los menores", "ein Vertreter der Behörde"): a
   * description's head ends before one (person-noun.ts), and one before a number ends the phrase (phrase-end.ts). */
  ofLinks?: string;
  /** "Of" links a body's noun phrase ends before ("le ministère russe de la Défense", bodies.ts); no plain articles
   * ("der", "das", "dos"), which the language's determiners cut at there. */
  bodyLinks?: string;
  /** Words that join a role to what it is of ("minister of finance"): after a name they end the phrase (mention.ts);
   * unlike ofLinks no "von", which goes on inside a name there ("Ursula von der Leyen"). */
  roleLinks?: string;
  /** Words beside roleLinks that may stand inside a name or a role phrase ("van", "von", "bin", mention.ts). */
  nameLinks?: string;
  /** Particles that mean "of" ("Charles de Gaulle", "Vasco da Gama"): a name's own even where they are articles too
   * (mention.ts). */
  ofParticles?: string;
  /** Links that join a name only after a head word ("Bank of England", "Bundesagentur für Arbeit"), parties/runs.ts. */
  afterHeadLinks?: string;
  /** Head words beside organisation, title and place heads that such a link may follow ("House of Commons"). */
  linkingHeads?: string;
  /** Words for "and" that split a run of names in two ("Turkey and Qatar"), parties/runs.ts: "and" alone, unlike
   * conjunctions. */
  andWords?: string;
  /** Particles of Arabic patronyms ("bin Zayed"): a person's name goes on over them (parties/tagged.ts). */
  patronymParticles?: string;
  /** Words of a speaker mention that make its quotation no one's statement (signs, banners, chants, crowds),
   * matched as ASCII words (keyquotes.ts). */
  notKeyWords?: string;
  /** Words just before a quotation that make it a line of a work performed, recited or sung ("uttered the lines:",
   * "sang:"): the play's or the song's words, no key quote of the performer (keyquotes.ts). */
  performedWords?: string;
  /** Particles after a quotation's closing mark alone before the next quotation: the same speaker goes on (cjk.ts). */
  tailParticles?: string;
  /** Topic particles that close a quoted speaker's name, tried before the subject particles (cjk.ts). */
  topicParticles?: string;
  /** Subject particles that close a quoted speaker's name (cjk.ts). */
  subjectParticles?: string;
  /** Particles that close the name a sentence opens on, before a document of that speaker's (cjk.ts). */
  documentTopicParticles?: string;
  /** Words after the date of a story's opening credit line ("10月14日报道": report-datelines.ts). */
  reportWords?: string;
  /** Nouns for a voice the text reports a quotation as (声: cjk-voice.ts). */
  voiceNouns?: string;
  /** Particles after the name whose voice it is ("from": から, cjk-voice.ts), longest first where one opens another. */
  sourceParticles?: string;
}
