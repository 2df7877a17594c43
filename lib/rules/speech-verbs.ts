// Speech verbs per language, as data: the forms that introduce or follow a quotation.
// `say`: verbs of saying in the forms used in news copy (past, present, participles, compound tenses).
// `partial`: verbs that frame a quoted fragment without being verbs of saying ("called it “X”", "ha definito").
// `according`: "according to X" style prepositions (the speaker follows).
// `inverted`: forms that appear after the quotation with the speaker following the verb ("« A, explique X. B »").
// Multiword forms are written with single spaces; matching allows any white space between the words.

export interface SpeechRules {
  say: string[];
  partial: string[];
  according: string[];
}

const en: SpeechRules = {
  say: [
    'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'wrote', 'writes', 'written', 'writing',
    'stated', 'states', 'stating', 'added', 'adds', 'adding', 'warned', 'warns', 'warning', 'insisted', 'insists', 'insisting',
    'tweeted', 'tweets', 'tweeting', 'posted', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing',
    'concluded', 'concludes', 'explained', 'explains', 'explaining', 'noted', 'notes', 'noting', 'argued', 'argues', 'arguing',
    'claimed', 'claims', 'claiming', 'asked', 'asks', 'asking', 'replied', 'replies', 'responded', 'responds', 'declared', 'declares',
    'announced', 'announces', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'continued', 'continues', 'recalled', 'recalls',
    'suggested', 'suggests', 'predicted', 'complained', 'complains', 'joked', 'jokes', 'quipped', 'urged', 'urges', 'contended',
    'asserted', 'asserts', 'observed', 'remarked', 'commented', 'agreed', 'promised', 'promises', 'vowed', 'vows', 'pledged',
    'charged', 'alleged', 'testified', 'shouted', 'chanted', 'sang', 'sings', 'wondered', 'mused', 'stressed', 'stresses', 'stressing',
    'cautioned', 'maintained', 'maintains', 'countered', 'lamented', 'boasted', 'reported', 'reports', 'pointed out', 'points out',
    'went on', 'goes on', 'told reporters', 'read', 'reads', 'reading', 'proclaimed', 'conceded', 'concedes', 'demanded', 'explained',
    'predicts', 'recounted', 'reiterated', 'reiterates', 'affirmed', 'confirmed', 'confirms', 'announced', 'whispered', 'yelled',
    'screamed', 'cried', 'exclaimed', 'interjected', 'retorted', 'snapped', 'tweeted out', 'wrote in', 'told the',
    'thundered', 'declared', 'scoffed', 'laughed', 'sighed', 'answered', 'answers', 'explaining', 'describing', 'adds',
    'put it', 'puts it',
  ],
  partial: [
    'called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'labeled', 'labelled', 'termed', 'branded',
    'blamed', 'blames', 'blaming', 'accused', 'accuses', 'accusing', 'criticized', 'criticised', 'criticizing', 'denounced',
    'denouncing', 'praised', 'praising', 'welcomed', 'hailed', 'dismissed', 'rejected', 'expressed', 'expresses', 'expressing',
    'vowed', 'promised', 'urged', 'referred to', 'characterized', 'characterised', 'likened', 'mocked', 'thanked', 'defended',
    'said', 'says', 'claimed', 'insisted', 'emphasized', 'emphasised', 'argued', 'warned', 'wrote', 'tweeted', 'added', 'adding',
    'stated', 'stating', 'told', 'noted', 'announced', 'pledged', 'committed', 'demanded', 'suggested', 'cited', 'ruled', 'rated',
    'exhorted', 'lauded', 'condemned', 'condemning', 'compared', 'bemoaned', 'touted', 'slammed', 'blasted', 'attacked', 'questioned',
    'decried', 'derided', 'ridiculed', 'deemed', 'quoted', 'invoked', 'challenged', 'encouraged', 'encouraging', 'predicted',
    'acknowledged', 'conceded', 'admitted', 'declared', 'proclaimed', 'repeated', 'stressed', 'highlighted', 'underscored',
    'maintained', 'contended', 'asserted', 'alleged', 'concluded', 'found', 'revealed', 'disclosed', 'confirmed', 'denied',
    'disputed', 'countered', 'responded', 'replied', 'answered', 'retorted', 'threatened', 'promising', 'vowing', 'urging',
    'calls', 'warns', 'claims', 'says', 'tells', 'writes', 'tweets', 'insists', 'argues', 'describes', 'accuses', 'blames',
    'labels', 'dubs', 'brands', 'dismisses', 'praises', 'hails', 'mocks', 'asks', 'asked', 'asking', 'wondered', 'referencing',
    'referenced', 'pointed to', 'seethed', 'complained', 'lamented', 'boasted', 'bragged', 'joked', 'quipped', 'recalled',
  ],
  according: ['according to', 'in the words of', 'as put by'],
};

const de: SpeechRules = {
  say: [
    'sagte', 'sagt', 'sagten', 'sagen', 'gesagt', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'meinte', 'meint',
    'mahnte', 'mahnt', 'warnte', 'warnt', 'fügte hinzu', 'ergänzte', 'ergänzt', 'kritisierte', 'kritisiert', 'forderte', 'fordert',
    'schrieb', 'schreibt', 'berichtete', 'berichtet', 'teilte mit', 'äußerte', 'schilderte', 'schildert', 'räumte ein',
    'rief', 'erzählte', 'erzählt', 'sprach', 'versprach', 'bekräftigte', 'unterstrich', 'stellte klar', 'hieß es', 'heißt es',
    'sagte er', 'sagte sie', 'twitterte', 'antwortete', 'entgegnete', 'beklagte', 'versicherte', 'skandierten', 'skandierte',
  ],
  partial: ['nach eigenen Worten', 'nannte', 'nennt', 'bezeichnete', 'bezeichnet', 'sprach von', 'spricht von', 'kündigte an', 'setze', 'setzt'],
  according: ['laut', 'nach Angaben von', 'zufolge'],
};

const fr: SpeechRules = {
  say: [
    'a déclaré', 'déclare', 'a affirmé', 'affirme', 'explique', 'a expliqué', 'a dit', 'dit', 'ajoute', 'a ajouté', 'a assuré',
    'assure', 'a confié', 'confie', 'raconte', 'a raconté', 'a prévenu', 'prévient', 'souligne', 'a souligné', 'estime', 'a estimé',
    'indique', 'a indiqué', 'précise', 'a précisé', 'insiste', 'a insisté', 'lance', 'a lancé', 'poursuit', 'a poursuivi',
    'reconnaît', 'a reconnu', 'martèle', 'a martelé', 'dénonce', 'a dénoncé', 'regrette', 'a regretté', 'avertit', 'a averti',
    'a annoncé', 'annonce', 'a répondu', 'répond', 'a écrit', 'écrit', 'a tweeté', 'a réagi', 'réagit', 'a ironisé', 'ironise',
    'a rappelé', 'rappelle', 'a plaidé', 'plaide', 'a tranché', 'tranche', 'résume', 'a résumé', 'a promis', 'promet', 'commente',
    'a commenté', 'a jugé', 'juge', 'observe', 'note', 'a noté', 'se félicite', "s'est félicité", 's’est félicité', 'a conclu', 'conclut',
  ],
  partial: ['a qualifié', 'qualifie', 'a dénoncé', 'dénonce', 'a évoqué', 'évoque', 'parle de', 'a parlé de'],
  according: ['selon', "d'après", 'd’après'],
};

const it: SpeechRules = {
  say: [
    'ha detto', 'dice', 'ha dichiarato', 'dichiara', 'ha spiegato', 'spiega', 'ha aggiunto', 'aggiunge', 'ha affermato', 'afferma',
    'racconta', 'ha raccontato', 'ha precisato', 'precisa', 'sottolinea', 'ha sottolineato', 'ha replicato', 'replica',
    'ha commentato', 'commenta', 'osserva', 'ha osservato', 'ha annunciato', 'annuncia', 'ha avvertito', 'avverte', 'conclude',
    'ha concluso', 'ha ribadito', 'ribadisce', 'ha scritto', 'scrive', 'ha risposto', 'risponde', 'ha assicurato', 'assicura',
    'insiste', 'ha insistito', 'ammette', 'ha ammesso', 'ha confidato', 'confida', 'ha denunciato', 'denuncia', 'ha twittato',
  ],
  partial: ['ha definito', 'definisce', 'ha parlato di', 'parla di', 'ha replicato che', 'ha chiamato'],
  according: ['secondo', 'a detta di', 'stando a'],
};

const es: SpeechRules = {
  say: [
    'dijo', 'dice', 'afirmó', 'afirma', 'declaró', 'declara', 'explicó', 'explica', 'añadió', 'añade', 'aseguró', 'asegura',
    'señaló', 'señala', 'indicó', 'indica', 'agregó', 'agrega', 'sostuvo', 'sostiene', 'advirtió', 'advierte', 'ha dicho',
    'ha afirmado', 'ha declarado', 'ha explicado', 'manifestó', 'subrayó', 'subraya', 'destacó', 'destaca', 'comentó', 'comenta',
    'concluyó', 'insistió', 'insiste', 'relató', 'relata', 'contó', 'cuenta', 'escribió', 'respondió', 'responde', 'apuntó',
    'apunta', 'reconoció', 'reconoce', 'lamentó', 'denunció', 'aseveró', 'expresó', 'precisó', 'recordó', 'tuiteó',
  ],
  partial: ['calificó de', 'calificó', 'califica', 'llamó', 'describió', 'habló de', 'definió'],
  according: ['según', 'de acuerdo con'],
};

// Regular English verbs of saying, inflected below (yell → yells, yelled, yelling).
const EN_LEMMAS = `yell shout scream whisper mutter murmur chant add note say tell reply respond answer explain argue claim insist
warn caution urge plead beg demand ask wonder remark comment observe state declare announce proclaim confirm deny
acknowledge admit concede recall recount tweet post text email blog joke quip boast brag complain lament grumble
predict promise vow pledge threaten suggest propose recommend assert contend maintain stress emphasize emphasise
continue conclude testify interject retort counter chime muse sigh laugh snap scoff mock question exclaim gush rave
reiterate repeat report reveal disclose`;

function inflect(lemma: string): string[] {
  const l = lemma;
  const ed = /e$/.test(l) ? `${l}d` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ied` : /^(snap|chat|quip)$/.test(l) ? `${l}${l.slice(-1)}ed` : `${l}ed`;
  const s = /(s|sh|ch|x|z)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`;
  const ing = /[^e]e$/.test(l) ? `${l.slice(0, -1)}ing` : /^(snap|chat|quip)$/.test(l) ? `${l}${l.slice(-1)}ing` : `${l}ing`;
  return [s, ed, ing];
}
for (const l of EN_LEMMAS.split(/\s+/)) if (!/^(say|tell)$/.test(l)) for (const f of inflect(l)) if (!en.say.includes(f)) en.say.push(f);

export const SPEECH: Record<string, SpeechRules> = { en, de, fr, it, es };

/** Pronouns that can stand for a speaker, per language, with their gender (m, f, or n for unknown/plural). */
export const PRONOUNS: Record<string, Record<string, 'm' | 'f' | 'n'>> = {
  en: { he: 'm', she: 'f', they: 'n', it: 'n', we: 'n', i: 'n' },
  de: { er: 'm', sie: 'f' },
  fr: { il: 'm', elle: 'f', lui: 'm', 'elle-même': 'f' },
  it: { lui: 'm', lei: 'f' },
  es: { él: 'm', ella: 'f' },
};
