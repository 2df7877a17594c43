// The story's language, one for every surface: a page declaring the language of its template ("en-US") over a story
// in another language gets the text's language (or none) in the report, the analysis and the exports' front matter.
import { describe, expect, it } from 'vitest';
import { runHtml, page } from './helpers';
import { analyzeArticle } from '../../lib/analysis';
import { frontMatter } from '../../lib/export';
import { INDONESIAN, ZULU } from '../analysis/declared-lang-texts';

const story = (text: string, lang: string) => page(text.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')).replace('lang="en"', `lang="${lang}"`);
const analyze = { analyze: (i: Parameters<typeof analyzeArticle>[0]) => analyzeArticle(i) };

describe("a declared language the story's text contradicts", () => {
  it('leaves a story in a language no list knows without one, analysed and exported alike', () => {
    const r = runHtml(story(ZULU, 'en-US'), analyze);
    expect(r.article!.lang).toBeNull();
    expect(frontMatter(r)).not.toMatch(/^lang:/m);
  });

  it("gives a story in a listed language that language, where the page declared another", () => {
    const r = runHtml(story(INDONESIAN, 'en-US'), analyze);
    expect(r.article!.lang).toBe('id');
    expect(frontMatter(r)).toMatch(/^lang: "id"$/m);
  });

  it('keeps the declared tag, region and all, where the story agrees with it', () => {
    expect(runHtml(story(INDONESIAN, 'id-ID'), analyze).article!.lang).toBe('id-ID');
  });
});
