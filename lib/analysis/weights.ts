// Every threshold and weight of the analysis, named and in one place. Speaker-attribution and party figures were
// tuned on PolNeAR's training split and the invented quote fixtures, never on the dev or hidden sets.

/** Quotation spans. */
export const QUOTE_LIMITS = {
  /** A ‘…’ quotation ends within this many characters or is taken for apostrophes. */
  singleMaxChars: 1500,
  /** A paragraph-long quotation without its closing mark counts only past this length. */
  unclosedMinChars: 20,
  /** An attribution inside the marks (« A, explique X. B ») spans at most this many characters. */
  inciseMaxChars: 140,
  /** Quotations of at most this many words are scare quotes or titles unless a verb of saying frames them. */
  scareMaxWords: 2,
};

/** Evidence points for a party's type (person, organisation, place, country), added up and compared. What the
 * text says in words (a title, "the company X", an apposition) outweighs the tagger's guess (at most `tagger`). */
export const EVIDENCE = {
  /** The gazetteer knows the name (a country, a capital, a known organisation). */
  gazetteer: 3,
  /** An organisation head word in the name ("… Union", "Ministry of …"). */
  orgHead: 2,
  /** A place head word ("… Street", "Lake …"). */
  placeHead: 2,
  /** A lone acronym not defined in the text. */
  acronym: 1,
  /** A title or role before the name ("Minister", "Mr"). */
  title: 5,
  /** "the X" (an article before a short name). */
  article: 2,
  /** A preposition of place before the name. */
  locative: 2,
  /** An organisation noun before the name ("the company X"). */
  orgNounBefore: 5,
  /** A place noun before the name ("la ciudad mediterránea de X", "the airport of X"): X is that place. */
  placeNounBefore: 5,
  /** Two to four capitalised words shaped like a person's name. */
  nameShape: 1,
  /** The name opens with a given name the text gives a person the tagger is sure of ("Sergej" of "Sergej Lawrow"). */
  givenName: 4,
  /** An age after the name ("Anna Berg, 34,"). */
  age: 3,
  /** The tagger's type, times its confidence. */
  tagger: 4,
  /** Listed with names that all agree on one type ("Michigan, Pennsylvania and Wisconsin"). */
  listed: 3,
  /** A capital after a name the tagger is unsure of ("Partizan Belgrad"): a club or a branch of that city. */
  capitalTail: 4,
  /** Initials before a surname ("J. Anasa"): a person's name, as sure as a title, unless the tagger is sure of
   * something else. */
  initials: 5,
  /** A role phrase in an apposition ("X, the chief spokesman,"). */
  apposition: 3,
  /** An organisation noun phrase in an apposition ("X, the ferry operator,"): the text says what the name is, which
   * outweighs the tagger's surest guess and a preposition of place together ("a survey from X, an RPA vendor"). */
  orgApposition: 6,
  /** The name speaks a quotation. */
  speaker: 1,
};

/** Which parties the list shows. */
export const PARTY_FILTER = {
  /** Evidence this strong (a title, "the company X", an apposition, an organisation head in a longer name) shows
   * a name met once. */
  strongEvidence: 4,
  /** In strict mode (no model for the language), a full name must be mentioned this often to show without speaking. */
  strictMentions: 2,
  /** A party the tagger found with at least this confidence shows on that alone. */
  taggerConfidence: 0.8,
  /** The tagger's reading of a person below this is a guess: a name alone in short quotation marks is then a title
   * ("Mary Poppins" at 0.33 is a film), and one word left after a demonym names no one ("An American Journey"). */
  unsurePerson: 0.5,
  /** A one-word name mentioned once needs this much type evidence besides itself. */
  oneWordEvidence: 2,
  /** A tagger's span grows over the capitalised word before it only when the tagger gives the name beginning there at
   * least this probability (a title, a genitive place or an acronym before a full name gets next to none). */
  widenBefore: 0.05,
  /** A lower-case ending this long hyphened to a name makes an adjective of it ("-powered", "-themed"); a romanised
   * given name's syllable is shorter ("Dong-hoon"). Shorter endings count when the name stands alone elsewhere. */
  compoundEndingMin: 6,
  /** Below this an ending is a case ending or a syllable ("NATO-a", "Sang-min"), whatever the text writes alone. */
  compoundEndingAlone: 4,
  /** A platform named this often is a party of the story (296 pages: stories about one name it 13 and 31 times,
   * others at most 4). */
  platformMentions: 8,
  /** In a text of a script without letter case, a name met once with nothing but the tagger behind it shows only
   * when the tagger is at least this sure (cjk-once.ts; UNER zh train, a fifth held out from a model trained on the
   * rest: parties P 0.591 → 0.675, R 0.513 → 0.472, F1 0.549 → 0.555; 0.35: F1 0.560, 0.45: 0.543). */
  caselessOnce: 0.4,
};

/** Credits (parties/credits.ts): a line of names and next to nothing else. */
export const CREDITS = {
  /** A credit line is at most this long (characters). */
  lineMax: 200,
  /** Words besides names, credit phrases, press words, function words and dates a credit line may hold. */
  otherWords: 1,
  /** A line of names alone is a credit at the story's start or end when it names this many people. */
  edgePeople: 2,
  /** Lines counted as the story's start, and as its end. */
  edgeLines: 2,
  /** Paragraphs at the end searched for a sign-off in parentheses (a forum's furniture may follow it). */
  signOffLines: 12,
  /** A name the tagger types below this confidence may stand in a list of people. */
  unsureName: 0.5,
};

/** Names that are no actors (parties/offstory.ts). */
export const OFF_STORY = {
  /** A person-like name is a product when at least this share of its mentions carry a model number. */
  productShare: 1 / 3,
  /** Where every noun is capitalised, one word is a common noun when at least this share of its mentions follow an
   * article (parties/offstory.ts). */
  articleShare: 1 / 2,
  /** A body's or a place's name is a product when at least this share of its mentions are a product's: owned,
   * measured or versioned (parties/products.ts). */
  ownedShare: 1 / 2,
};

/** A one-word proper noun by the text's evidence (parties/repeated.ts): capitalised mid-sentence this often, and
 * named this often in all, never in lower case. */
export const REPEATED_NAME = {
  midSentence: 2,
  mentions: 3,
  /** Such a name the tagger takes for a person without confidence is a place only when at least this share of its
   * mentions follow a preposition of place; else an organisation (kinds.ts). */
  placeShare: 1 / 3,
};

/** Ranking: mentions, plus these for quotations, an early first mention, institutions; places rank lower. */
export const SALIENCE = {
  perQuote: 2.5,
  leadChars: 400,
  inLead: 1.5,
  institution: 0.5,
  placePenalty: 0.5,
};

/** How far back (in characters) resolution looks for the party a mention stands for. */
export const RESOLVE = {
  /** he/she: persons named within this distance. */
  pronounWindow: 800,
  /** he/she: the previous quotation's speaker, when it spoke within this distance. */
  lastSpeakerWindow: 1500,
  /** A subject mention wins over a later non-subject one within this distance. */
  subjectPreference: 200,
  /** "the minister": the holder of the role named within this distance before. */
  roleWindow: 12000,
  /** … else named within this distance after ("the minister, Ana Lis, said"; a definite role refers back). */
  roleAheadWindow: 400,
  /** "le président du Kazakhstan" with no holder before: the one the text gives that role within this distance after. */
  laterHolderWindow: 1500,
  /** "der Ständerat" with nobody named in that role: the person named within this distance before. */
  recentPersonWindow: 400,
  /** "the company": the organisation named within this distance. */
  organisationWindow: 3000,
  /** "la ONG", "el texto" (no word list names them): the organisation named within this distance, nobody since. */
  descriptionWindow: 600,
  /** "the letter stated": the earlier mention of that document (each hop back within this distance). */
  documentWindow: 1500,
};

/** Key quotations: substantive statements by a named source. */
export const KEY = {
  /** Fewer words than this is never key. */
  minWords: 4,
  /** How many words before a quotation's opening mark are read for a word that makes it a performed line. */
  performedReach: 6,
  /** A partial quotation is key only from this many words. */
  partialMinWords: 16,
  /** A short quotation mostly in capitals is a title or a slogan. */
  titleMaxWords: 8,
  titleCapsShare: 0.6,
  /** Score: length (up to `lengthCap` words), a full quotation, a named speaker, sentence-final punctuation. */
  lengthCap: 40,
  full: 0.5,
  named: 0.5,
  ending: 0.1,
  /** The statement the headline reports (it repeats at least `headlineWords` of the headline's words and
   * `headlineShare` of them) ranks first among the key quotes: the editor chose it. */
  headline: 1,
  headlineWords: 3,
  headlineShare: 0.3,
  /** Words shorter than this (articles, prepositions) are no evidence of the headline; in scripts written without
   * spaces, pairs of characters stand for words. */
  headlineMinLetters: 4,
  /** A split quotation's attribution between its parts ("Dana Reyes said on Monday"): a fragment of a word or two
   * further on in the sentence is the writer's, not the statement's rest. */
  splitAttributionWords: 6,
};

/** Attribution patterns. */
export const ATTRIBUTION = {
  /** A pronoun is the text's word for the speaker beside a quotation when a verb follows it within this many
   * characters ("he demurred", "he later said", "she laughed and said"). */
  sitePronounGap: 16,
  /** A quotation after this many words of its own sentence (past a fronted phrase) is inside that sentence's clause:
   * never given the previous sentence's speaker. */
  ownClauseWords: 4,
  /** A fragment takes its sentence's subject as speaker (no verb of saying) only from this many words. */
  partialSubjectMinWords: 3,
  /** A quotation repeated in the text (a headline, a pull quote) takes the story's speaker from this many words. */
  repeatMinWords: 3,
  /** … when its paragraph is at most this many times its length (a headline, a teaser, a pull quote). */
  repeatParagraphShare: 3,
  /** A title or name in quotation marks this close after an attributed quotation, in its sentence, is part of the
   * attribution ("…“, sagte der Coach der „Nati“"). */
  nameInAttributionGap: 80,
  /** A name in quotation marks ("the bar is ‘Oxy Pure’"): at most this many capitalised words, no verb of saying
   * within this many words on either side (quoted-name.ts). */
  quotedNameMaxWords: 3,
  quotedNameVerbWords: 4,
  /** An interviewer's question paragraph between two of the interviewee's quotations: at most this long. */
  questionMaxChars: 200,
  /** A speaker phrase read after a verb runs at most this many words (and commas): "der Berner Gesundheits-, Sozial- und
   * Integrationsdirektor Pierre Alain Schnegg". */
  mentionMaxWords: 12,
  /** Words of an attribute between the article and the noun ("der für die Bankenaufsicht zuständige …"). */
  attributeMaxWords: 6,
  /** A label this short ending in a colon between two quotations ("„…“ Sein Urteil: „…“") keeps the speaker. */
  colonLabelChars: 30,
  /** The words between a colon that names one speaker and the quotation after them (the colon's own account). */
  colonIntroChars: 300,
  /** A quotation standing alone looks back over at most this many sentences of reported speech for their source. */
  reportedSentences: 3,
  /** In a sentence with no listed verb of saying, a quotation of at least this many words set off by punctuation
   * alone from the one person its sentence names is that person's words (structure.ts). */
  adjacentMinWords: 3,
  /** Words a verb of saying late in the sentence may take before the sentence ends (", X told the AP on Monday."). */
  lateObjectWords: 4,
  /** A statement left open and resumed after an embedded post: at most this many lines in between, … */
  insertMaxParas: 4,
  /** … of at most this many characters in all (a label, an account's name and a date, no prose). */
  insertMaxChars: 240,
};

/** Linking short forms to full names. */
export const MERGE = {
  /** Letters of a clipped name ("Fed" of "Federal Reserve", variants.ts): four are as often a word ("Euro"). */
  clipping: 3,
  /** A short form the tagger typed with at least this confidence links only to a party of the same kind. */
  crossKindConfidence: 0.6,
  /** A title written this many characters at most before a full name joins a titled surname named earlier. */
  titleReach: 120,
};

/** Genders learnt from pronouns: a pronoun votes for the person named within `window` characters before it. */
export const GENDER = {
  window: 250,
  /** Votes for a gender needed, and how many times the other's. */
  minVotes: 2,
  ratio: 2,
};

/** The learnt speaker ranker (attribution/ranker.ts): its candidates' window and the scales of its features. The
 * feature weights themselves are learnt (attribution/ranker-weights.json, `npm run train:speakers`). */
export const RANKER = {
  /** Candidates are the parties named from this many sentences before the quotation's … */
  sentencesBefore: 3,
  /** … to this many sentences after it. */
  sentencesAfter: 1,
  /** Speakers of the quotations of the last paragraphs are candidates too. */
  recentParas: 3,
  /** Places and countries as candidates ("Moscow said …" is rare next to the people named around it). */
  placesSpeak: true,
  /** A verb of saying this many characters either side of a mention is "beside" it. */
  verbReach: 40,
  /** A colon or dash ends the stretch between a name and its quotation within this many characters. */
  colonGap: 120,
  /** Scales: distances and counts are mapped to 0..1 (logarithmically) up to these. */
  maxSentencesApart: 3,
  farChars: 1500,
  manyQuotes: 8,
  manyCandidates: 8,
  longQuoteWords: 40,
};
