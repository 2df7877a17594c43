// Invented news stories in languages without a scorer (tests/fixtures/langs/<lang>.txt), run as the CLI runs a
// text file (language guessed from the text), against what a careful reader answers (<lang>.json): each quotation's
// speaker in full, the parties with their types, and no party outside those. Answers the pipeline still misses are
// written down in the JSON with why (`miss`), so the test holds what works and says what does not.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runText } from '../pipeline/helpers';
import { loadAnalyzer } from '../../cli/analysis';
import type { Analyzer } from '../../lib/pipeline';

let analyze: Analyzer;
beforeAll(async () => { analyze = await loadAnalyzer(); });

interface Expected {
  lang: string;
  quotes: { starts: string; speaker: string; miss?: string }[];
  parties: { name: string; type: string; optional?: boolean; miss?: string }[];
  /** Parties the pipeline gives that a reader would not, still to fix. */
  junk?: string[];
}

const DIR = path.join(__dirname, '..', 'fixtures', 'langs');
const LANGS = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const strip = (s: string) => s.replace(/^[\s—–-]+/, '').toLowerCase();

describe.each(LANGS)('%s story', (code) => {
  const exp = JSON.parse(fs.readFileSync(path.join(DIR, `${code}.json`), 'utf8')) as Expected;
  let report: ReturnType<typeof runText>;
  beforeAll(() => { report = runText(fs.readFileSync(path.join(DIR, `${code}.txt`), 'utf8'), { analyze }); });
  const quotes = () => report.quotes, parties = () => report.parties;
  const names = (p: ReturnType<typeof parties>[number]) => [p.name, ...(p.aliases ?? [])].map((n) => n.toLowerCase());

  it('is read as its language', () => expect(report.article?.lang).toBe(exp.lang));

  it.each(exp.quotes.filter((q) => !q.miss))('«$starts…» is $speaker’s', ({ starts, speaker }) => {
    expect(quotes().find((q) => strip(q.text).includes(starts.toLowerCase()))?.speaker).toBe(speaker);
  });

  it.each(exp.parties.filter((p) => !p.optional && !p.miss))('$name is a party ($type)', ({ name, type }) => {
    expect(parties().find((p) => names(p).includes(name.toLowerCase()))?.type).toBe(type);
  });

  it('names no party a reader would not', () => {
    const extra = parties().filter((p) => !exp.parties.some((e) => names(p).includes(e.name.toLowerCase()))).map((p) => p.name);
    expect(extra.filter((n) => !(exp.junk ?? []).includes(n))).toEqual([]);
  });
});
