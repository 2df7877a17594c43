// @vitest-environment jsdom
// One sanitiser policy for both hosts: the extension's (utils/sanitize.ts, DOMPurify over the page's window) and
// the CLI's (cli/sanitize.ts, DOMPurify over its own jsdom window) give the same HTML for the same hostile input.
import { describe, it, expect } from 'vitest';
import { sanitizeArticleHtml } from '../../utils/sanitize';
import { loadSanitizer } from '../../cli/sanitize';

const inputs = [
  '<base href="https://evil.example/"><p>Text <img src="/a.jpg" onerror="alert(1)"> <a href="/s" onclick="x()">s</a></p>',
  '<img src="https://t.example/p.gif" width="1" height="1"><img src="https://x.example/i.jpg" width="640"><p style="color:red" class="c" id="i">p</p>',
  '<a href=" JavaScript:alert(1)">a</a><a href="java\tscript:alert(1)">b</a><a href="vbscript:x">c</a><a href="data:text/html,x">d</a><a href="mailto:x@y.example">e</a>',
  '<div><div class="share"></div></div><xmp><p>kept</p></xmp><noembed><p>kept too</p></noembed>',
  '<svg><a xlink:href="javascript:alert(1)">x</a></svg><iframe src="https://t.example/"></iframe><form><input></form><meta http-equiv="refresh" content="0">',
];

describe('the extension and the CLI sanitise alike', () => {
  it.each(inputs)('%s', async (html) => {
    const cli = await loadSanitizer();
    expect(sanitizeArticleHtml(html, 'https://news.example/a/')).toBe(cli(html, 'https://news.example/a/'));
    expect(sanitizeArticleHtml(html)).toBe(cli(html));
  });
});
