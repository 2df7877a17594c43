// Reading the tagged corpora of ../shared/corpus/ner into documents of sentences with BIO tags over PER, ORG, LOC
// and MISC. Tags are normalised (person → PER, corporation/group → ORG, location/GPE → LOC, product, creative-work
// and OTH → MISC; GermEval's *deriv and *part → O) and IOB1 files (wikigold) are turned into IOB2.
import fs from 'node:fs';
import path from 'node:path';
import { isBegin, TAG_NAMES } from '../../lib/analysis/ner/tags';
import { tokenize } from '../../lib/analysis/text';
import { simplifiedDocs } from './simplified';

export interface TaggedSentence {
  words: string[];
  tags: number[];
  /** The sentence's original text where the corpus gives it ("# text = "). */
  text?: string;
}
export type TaggedDoc = TaggedSentence[];

const TYPE_MAP: Record<string, string> = {
  PER: 'PER', PERSON: 'PER', ORG: 'ORG', CORPORATION: 'ORG', GROUP: 'ORG', LOC: 'LOC', LOCATION: 'LOC', GPE: 'LOC',
  MISC: 'MISC', OTH: 'MISC', OTHER: 'MISC', PRODUCT: 'MISC', 'CREATIVE-WORK': 'MISC',
};
const TAG_INDEX = new Map(TAG_NAMES.map((t, i) => [t, i]));

/** Tag indices for one sentence's raw labels, IOB1 or IOB2. */
export function normaliseTags(labels: string[]): number[] {
  let prevType = '';
  return labels.map((label) => {
    const m = /^([BI])-(.+)$/.exec(label);
    const type = m ? TYPE_MAP[m[2]!.toUpperCase()] : undefined;
    if (!m || !type) { prevType = ''; return 0; }
    const bio = m[1] === 'I' && prevType === type ? 'I' : 'B';
    prevType = type;
    return TAG_INDEX.get(`${bio}-${type}`)!;
  });
}

interface RawSentence { words: string[]; labels: string[]; text?: string; newDoc: boolean }

function parse(file: string): RawSentence[] {
  const out: RawSentence[] = [];
  let cur: RawSentence = { words: [], labels: [], newDoc: false }, docBreak = false;
  const flush = () => {
    if (!cur.words.length) return;
    out.push({ ...cur, newDoc: docBreak });
    docBreak = false;
    cur = { words: [], labels: [], newDoc: false };
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) { flush(); continue; }
    if (/^# [\w .-]+ ?=/.test(line)) {
      if (line.startsWith('# newdoc')) { flush(); docBreak = true; }
      const m = /^# text = (.*)$/.exec(line);
      if (m) cur.text = m[1];
      continue;
    }
    const cols = line.split(/\t| /);
    const numbered = /^\d+$/.test(cols[0]!) && cols.length >= 3;
    const [word, label] = numbered ? [cols[1]!, cols[2]!] : [cols[0]!, cols[cols.length - 1]!];
    if (word === '-DOCSTART-') { flush(); docBreak = true; continue; }
    cur.words.push(word); cur.labels.push(label);
  }
  flush();
  return out;
}

/**
 * The corpus's tokens cut again by our scanner where it cuts finer (Han and kana a character at a time, a clitic
 * the corpus left on), so that training sees the tokens tagging will: a piece after the first continues its tag.
 */
export function retokenise(words: string[], tags: number[]): { words: string[]; tags: number[] } {
  const outW: string[] = [], outT: number[] = [];
  words.forEach((w, i) => {
    const pieces = tokenize(w).map((t) => t.text);
    if (pieces.length <= 1) { outW.push(w); outT.push(tags[i]!); return; }
    pieces.forEach((p, k) => { outW.push(p); outT.push(k > 0 && isBegin(tags[i]!) ? tags[i]! + 1 : tags[i]!); });
  });
  return { words: outW, tags: outT };
}

/**
 * Documents of a corpus file. `grouping`: 'marked' (newdoc / -DOCSTART- lines), 'each' (every sentence alone:
 * tweets, unrelated sentences), or a number (consecutive sentences of a file without marks, n to a document).
 */
export function readCorpus(file: string, grouping: 'marked' | 'each' | number): TaggedDoc[] {
  const docs: TaggedDoc[] = [];
  let doc: TaggedDoc = [];
  const flush = () => { if (doc.length) docs.push(doc); doc = []; };
  for (const s of parse(file)) {
    if (grouping === 'each' || (grouping === 'marked' && s.newDoc) || (typeof grouping === 'number' && doc.length >= grouping)) flush();
    doc.push({ ...retokenise(s.words, normaliseTags(s.labels)), text: s.text });
  }
  flush();
  return docs;
}

/** One training or held-out set: where it comes from and its documents. */
export interface CorpusPart {
  name: string;
  lang: string;
  file: string;
  grouping: 'marked' | 'each' | number;
  /** Chinese converted to simplified characters (simplified.ts): a copy of a traditional-character part. */
  simplified?: boolean;
}

// ../shared beside the checkout, or where CLEARPAGE_SHARED says (a worktree under /work/wt has none beside it)
export const corpusRoot = (root: string) => path.join(process.env.CLEARPAGE_SHARED || path.join(root, '..', 'shared'), 'corpus', 'ner');

const uner = (lang: string, tb: string, prefix: string, split: string): CorpusPart => ({
  name: `uner-${lang}-${split}`, lang, file: `uner/${tb}/${prefix}-ud-${split}.iob2`, grouping: lang === 'da' ? 20 : 'marked',
});

const UNER: [string, string, string][] = [
  ['pt', 'Portuguese-Bosque', 'pt_bosque'], ['sv', 'Swedish-Talbanken', 'sv_talbanken'], ['da', 'Danish-DDT', 'da_ddt'],
  ['hr', 'Croatian-SET', 'hr_set'], ['sk', 'Slovak-SNK', 'sk_snk'], ['zh', 'Chinese-GSD', 'zh_gsd'],
];

/** Training material by language (never a split quoted as held out). */
export const TRAIN: CorpusPart[] = [
  { name: 'wikigold', lang: 'en', file: 'wikigold/wikigold.conll', grouping: 'marked' },
  ...['a', 'b', 'e', 'f', 'g', 'h'].map((k): CorpusPart => ({ name: `btc-${k}`, lang: 'en', file: `btc/${k}.conll`, grouping: 'each' })),
  { name: 'wnut17-train', lang: 'en', file: 'wnut17/train.conll', grouping: 'each' },
  { name: 'wnut17-dev', lang: 'en', file: 'wnut17/dev.conll', grouping: 'each' },
  { name: 'germeval-test', lang: 'de', file: 'germeval2014/test.tsv', grouping: 'each' },
  ...UNER.map(([l, tb, p]) => uner(l, tb, p, 'train')),
  { ...uner('zh', 'Chinese-GSD', 'zh_gsd', 'train'), name: 'uner-zh-train-simplified', simplified: true },
];

/** Held-out material: dev splits and test sets no shipped model trains on. */
export const HELDOUT: CorpusPart[] = [
  { name: 'uner-en-ewt-dev', lang: 'en', file: 'uner/English-EWT/en_ewt-ud-dev.iob2', grouping: 'marked' },
  { name: 'wnut17-test', lang: 'en', file: 'wnut17/test.conll', grouping: 'each' },
  { name: 'germeval-dev', lang: 'de', file: 'germeval2014/dev.tsv', grouping: 'each' },
  ...UNER.map(([l, tb, p]) => uner(l, tb, p, 'dev')),
  { ...uner('zh', 'Chinese-GSD', 'zh_gsd', 'dev'), name: 'uner-zh-dev-simplified', simplified: true },
];

export function load(root: string, part: CorpusPart): TaggedDoc[] {
  const docs = readCorpus(path.join(corpusRoot(root), part.file), part.grouping);
  return part.simplified ? simplifiedDocs(docs) : docs;
}
