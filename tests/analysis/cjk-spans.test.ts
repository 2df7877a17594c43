// Where no space parts words (Chinese, Japanese), the tagger's span edges are mended by the script, a bracketed Latin
// original and how the text writes the same name elsewhere. Invented text, the tagger's spans given.
import { describe, expect, it } from 'vitest';
import { mendCjkSpans } from '../../lib/analysis/parties/cjk-spans';
import { buildRegistry } from '../../lib/analysis/parties';
import { scan } from '../../lib/analysis/text';
import { rulesFor } from '../../lib/rules/languages';
import { spans } from './tagged-spans';
import type { EntitySpan } from '../../lib/analysis/entities';

const mended = (text: string, tagged: [string, EntitySpan['type'], number][]) =>
  mendCjkSpans(text, spans(text, tagged)).map((e) => `${text.slice(e.start, e.end)}/${e.type}`);

describe('a span across a change of script', () => {
  it('leaves out the Han character glued to a Latin name the text writes without it', () => {
    expect(mended('前ACME宇航员王小明说，ACME的任务很难。', [['ACME宇', 'ORG', 0.4]])).toEqual(['ACME/ORG']);
  });

  it('keeps a Latin name and a Han head together', () => {
    expect(mended('前ACME宇航员王小明说，这次任务很难。', [['ACME宇', 'ORG', 0.4]])).toEqual(['ACME宇/ORG']);
    expect(mended('KB东海公司宣布了新的计划，KB的员工很高兴。', [['KB东海', 'ORG', 0.8]])).toEqual(['KB东海/ORG']);
  });

  it('cuts a Han name and a Latin name apart', () => {
    expect(mended('本文来自日本Blue River Times的报道。', [['日本Blue River Times', 'LOC', 0.3]])).toEqual(['日本/LOC', 'Blue River Times/LOC']);
  });
});

describe('a span that ends at a transliteration dot', () => {
  it('grows over the name\'s other parts before a bracketed original of as many words', () => {
    expect(mended('发言人莉莎·柯尔霍茨(Lisa Kolholz)表示同意。', [['莉莎', 'PER', 0.7], ['尔霍茨', 'LOC', 0.7]])).toEqual(['莉莎·柯尔霍茨/PER']);
  });

  it('reads a "?" between Han characters there as the dot a page\'s encoding lost', () => {
    const text = '发言人莉莎?柯尔霍茨(Lisa Kolholz)表示同意。\n\n柯尔霍茨补充说，测试还没有结束。';
    expect(mended(text, [['莉莎', 'PER', 0.7], ['尔霍茨', 'LOC', 0.7], ['尔霍茨', 'LOC', 0.4]])).toEqual(['莉莎?柯尔霍茨/PER', '柯尔霍茨/PER']);
  });

  it('is left alone before a bracketed name of another length, or a question', () => {
    expect(mended('发言人莉莎·柯尔霍茨(Lisa M. Kolholz)表示同意。', [['莉莎', 'PER', 0.7]])).toEqual(['莉莎/PER']);
    expect(mended('你认识莉莎?柯尔霍茨说认识。', [['莉莎', 'PER', 0.7]])).toEqual(['莉莎/PER']);
  });
});

describe('a span short of a bracketed original', () => {
  it('ends at the bracket', () => {
    expect(mended('他和马克·韦伯斯(Mark Webers)一起走出了车间。', [['马克·韦伯', 'PER', 0.4]])).toEqual(['马克·韦伯斯/PER']);
  });

  it('is left alone when more than two characters stand between', () => {
    expect(mended('他和马克·韦伯在工厂车间(Mark Weber)工作。', [['马克·韦伯', 'PER', 0.4]])).toEqual(['马克·韦伯/PER']);
  });
});

describe('a span the text writes otherwise elsewhere', () => {
  it('grows to the longer name written at its place', () => {
    const text = '工程师柯尔霍茨说明了原因。\n\n柯尔霍茨补充说，测试还没有结束。';
    expect(mended(text, [['柯尔霍茨', 'PER', 0.9], ['尔霍茨', 'LOC', 0.4]])).toEqual(['柯尔霍茨/PER', '柯尔霍茨/PER']);
  });

  it('leaves out a character glued to a name written alone elsewhere, and takes its type', () => {
    const text = '他和马克·韦伯斯(Mark Webers)走出车间。\n\n他晚于韦伯斯登台，却是首个获奖的人。';
    expect(mended(text, [['马克·韦伯斯', 'PER', 0.9], ['韦伯斯登', 'LOC', 0.5]])).toEqual(['马克·韦伯斯/PER', '韦伯斯/PER']);
  });

  it('leaves out a character glued to a person\'s name the tagger reads twice elsewhere', () => {
    const text = '王思远介绍了项目。\n\n毕业后王思远希望回国工作。\n\n“我们还要努力。”王思远说。';
    expect(mended(text, [['王思远', 'PER', 0.9], ['王思远希', 'PER', 0.5], ['王思远', 'PER', 0.9]])).toEqual(['王思远/PER', '王思远/PER', '王思远/PER']);
  });

  it('keeps a person\'s span whose shorter form the tagger reads once only', () => {
    const text = '王思远介绍了项目。\n\n毕业后王思远希望回国工作。';
    expect(mended(text, [['王思远', 'PER', 0.9], ['王思远希', 'PER', 0.5]])).toEqual(['王思远/PER', '王思远希/PER']);
  });

  it('leaves a span alone that no other name explains', () => {
    expect(mended('游客在山谷中徒步，风景很美。', [['山谷中', 'LOC', 0.3]])).toEqual(['山谷中/LOC']);
  });

  it('leaves spans in a script with spaces alone', () => {
    expect(mended('NASAx said so, and NASA agreed.', [['NASAx', 'ORG', 0.4], ['NASA', 'ORG', 0.9]])).toEqual(['NASAx/ORG', 'NASA/ORG']);
  });
});

describe('the mended spans in the registry', () => {
  it('make one party of a name whose dot a page\'s encoding lost, its original and its surname', () => {
    const text = '发言人莉莎?柯尔霍茨(Lisa Kolholz)表示同意。\n\n柯尔霍茨补充说，测试还没有结束。';
    const reg = buildRegistry(scan(text), [], rulesFor('zh'), spans(text, [['莉莎', 'PER', 0.7], ['尔霍茨', 'LOC', 0.7], ['Lisa Kolholz', 'ORG', 0.4], ['尔霍茨', 'LOC', 0.4]]));
    const live = reg.live().filter((p) => p.mentions.length);
    expect(live.map((p) => p.name)).toEqual(['莉莎?柯尔霍茨']);
    expect([...live[0]!.aliases].sort()).toEqual(['Lisa Kolholz', '柯尔霍茨'].sort());
  });

  it('make one party of a transliterated name, its original and its surname with a glued character', () => {
    const text = '他和马克·韦伯斯(Mark Webers)走出车间。\n\n他晚于韦伯斯登台，却是首个获奖的人。';
    const reg = buildRegistry(scan(text), [], rulesFor('zh'), spans(text, [['马克·韦伯', 'PER', 0.6], ['Mark Webers', 'PER', 0.4], ['韦伯斯登', 'LOC', 0.5]]));
    const live = reg.live().filter((p) => p.mentions.length);
    expect(live.map((p) => p.name)).toEqual(['马克·韦伯斯']);
    expect([...live[0]!.aliases].sort()).toEqual(['Mark Webers', '韦伯斯'].sort());
  });
});
