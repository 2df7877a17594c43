// The entity tagger on invented text: the shipped models load from their bytes, find people, organisations and
// places with offsets into the text and a probability, and a broken file gets a clear error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_LANGS, modelFileFor, parseModel, tagScanned, tagText } from '../../lib/analysis/ner';
import { scan } from '../../lib/analysis/text';
import { loadNerModel, MODELS_DIR } from '../../cli/ner-models';

const found = (text: string, lang: string) => tagText(loadNerModel(lang), text).map((m) => `${m.type}:${m.text}`);

describe('model files', () => {
  it('ship one model a language with training data and one for the rest, each with its licence beside it', () => {
    for (const l of [...MODEL_LANGS, 'xx']) expect(fs.existsSync(path.join(MODELS_DIR, modelFileFor(l)))).toBe(true);
    expect(fs.readFileSync(path.join(MODELS_DIR, 'LICENSE.md'), 'utf8')).toMatch(/CC BY-SA 4\.0/);
  });

  it('serve a language by its own model, or by the multilingual one', () => {
    expect(modelFileFor('pt-BR')).toBe('pt.bin');
    expect(modelFileFor('en')).toBe('en.bin');
    expect(modelFileFor('fr')).toBe('multi.bin');
    expect(modelFileFor('sk')).toBe('multi.bin');
    expect(modelFileFor(null)).toBe('multi.bin');
  });

  it('refuse bytes that are not a model, or a model cut short, with a clear error', () => {
    expect(() => parseModel(new TextEncoder().encode('not a model at all'))).toThrow(/not a Clearpage model/);
    const bytes = fs.readFileSync(path.join(MODELS_DIR, 'sv.bin'));
    expect(() => parseModel(new Uint8Array(bytes.subarray(0, bytes.length - 100)))).toThrow(/cut short/);
  });
});

describe('tagging', () => {
  const text = 'Maria Lindqvist, a lawyer for Northwind Shipping, said on Monday that the company would leave Rotterdam. '
    + 'Lindqvist spoke after a meeting with the European Commission in Brussels.';

  it('finds people, organisations and places in English with offsets into the text', () => {
    const ms = tagText(loadNerModel('en'), text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    const got = ms.map((m) => `${m.type}:${m.text}`);
    expect(got).toEqual(expect.arrayContaining(['PER:Maria Lindqvist', 'LOC:Rotterdam', 'LOC:Brussels']));
    expect(got).toContain('ORG:European Commission');
    expect(got).not.toContain('PER:Monday');
  });

  it('gives each mention a probability, higher for a clear name than for an unclear one', () => {
    const ms = tagText(loadNerModel('en'), text);
    for (const m of ms) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
    const maria = ms.find((m) => m.text === 'Maria Lindqvist');
    expect(maria!.score).toBeGreaterThan(0.7);
  });

  it('tags Portuguese and German with their own models, and Spanish with the multilingual one', () => {
    expect(found('O ministro João Almeida visitou Lisboa na terça-feira com a presidente da Petrobras.', 'pt')).toEqual(
      expect.arrayContaining(['PER:João Almeida', 'LOC:Lisboa']));
    expect(found('Bundeskanzler Olaf Scholz reiste am Montag nach Paris, wie die Deutsche Bahn mitteilte.', 'de')).toEqual(
      expect.arrayContaining(['PER:Olaf Scholz', 'LOC:Paris']));
    expect(found('El presidente Pedro Sánchez viajó a Bruselas el lunes para reunirse con Ursula von der Leyen.', 'es')).toEqual(
      expect.arrayContaining(['PER:Pedro Sánchez', 'LOC:Bruselas']));
  });

  it('tags Chinese (the traditional script it learnt from) a character at a time and returns whole names', () => {
    expect(found('李明在上海的復旦大學工作。', 'zh')).toEqual(expect.arrayContaining(['PER:李明', 'LOC:上海']));
    expect(found('國家主席在北京會見了法國總統馬克宏。', 'zh')).toEqual(expect.arrayContaining(['LOC:北京', 'PER:馬克宏']));
  });

  it('tags Chinese in simplified characters too, and a transliterated name whole', () => {
    // 布林肯 was cut to 林肯: 布 is a common character; 国, 务, 说 were never seen in the traditional training text
    const names = found('美国国务卿布林肯表示，美国将继续支持乌克兰。外交部发言人毛宁说，中方对此表示关切。', 'zh');
    expect(names).toEqual(expect.arrayContaining(['PER:布林肯', 'LOC:美国', 'LOC:乌克兰', 'PER:毛宁']));
    expect(names).not.toContain('PER:林肯');
  });

  it('shares one scan with other stages: mention tokens and sentences point into it', () => {
    const s = scan(text);
    const ms = tagScanned(loadNerModel('en'), s);
    for (const m of ms) {
      expect(s.tokens[m.first]!.start).toBe(m.start);
      expect(s.tokens[m.last - 1]!.end).toBe(m.end);
      expect(s.sentences[m.sentence]!.first).toBeLessThanOrEqual(m.first);
    }
  });

  it('ends a mention before a clitic', () => {
    const ms = tagText(loadNerModel('en'), "The European Commission's plan was criticised by Maria Lindqvist's lawyers in Rotterdam.");
    for (const m of ms) expect(m.text).not.toMatch(/['’]s$/);
    expect(ms.map((m) => m.text)).toContain('Maria Lindqvist');
  });

  it('finds the same mentions when it skips plain lower-case runs as when it scores every token', () => {
    const long = `${text} It was said that the plan would be looked at again in the spring, when the money for the work `
      + 'had come in from the people who had asked for it, and the union of Northwind Shipping would meet in Oslo.';
    for (const lang of ['en', 'de', 'pt']) {
      const all = tagText(loadNerModel(lang), long, { everyToken: true }), fast = tagText(loadNerModel(lang), long);
      expect(fast.map((m) => `${m.type}:${m.start}:${m.end}`)).toEqual(all.map((m) => `${m.type}:${m.start}:${m.end}`));
      fast.forEach((m, k) => expect(m.score).toBeCloseTo(all[k]!.score, 2));
    }
  });

  it('still tags a lower-case name far from any capital, when the model learnt the word as a name', () => {
    const lower = 'so we have been told that the people who work here all live in malaysia and that they come in every day by train.';
    expect(found(lower, 'en')).toContain('LOC:malaysia');
    expect(tagText(loadNerModel('en'), lower).map((m) => m.text)).toEqual(tagText(loadNerModel('en'), lower, { everyToken: true }).map((m) => m.text));
  });

  it('returns nothing for empty text or text without names', () => {
    expect(tagText(loadNerModel('en'), '')).toEqual([]);
    expect(tagText(loadNerModel('en'), 'it was a quiet day and nothing much happened at all.')).toEqual([]);
  });
});
