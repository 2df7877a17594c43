// What the page's own <style> hides by an id or a class alone (lib/hidden-rules.ts): a readers' poll the page never
// shows stays out of the article, as the live page's snapshot leaves it out. Rules for some screens only (@media) and
// selectors with more than one id or class are not read.
import { describe, expect, it } from 'vitest';
import { page, prose, runHtml } from './helpers';

const poll = '<div id="vote" class="poll-box"><p>Do you think this story is relevant to Harbour Holdings?</p><p><a>High</a> <a>Low</a></p></div>';
const run = (css: string) => runHtml(page(`${prose(4)}${poll}`, { extraHead: `<style>${css}</style>` })).article!.text;

describe('the page\'s own style sheet', () => {
  it('hides what a top-level rule hides by its id or its class', () => {
    expect(run('#vote { font-size: 14px; display: none; margin: 0 }')).not.toContain('relevant to Harbour');
    expect(run('/* poll */ .x, .poll-box{display:none !important}')).not.toContain('relevant to Harbour');
  });
  it('leaves what it hides for some screens, under other elements, or not at all', () => {
    expect(run('#vote { display: block }')).toContain('relevant to Harbour');
    expect(run('@media (max-width: 600px) { #vote { display: none } }')).toContain('relevant to Harbour');
    expect(run('main #vote { display: none }')).toContain('relevant to Harbour');
    expect(run('#vote:hover { display: none }')).toContain('relevant to Harbour');
    // Shown again by a more specific rule, or for some screens: the cascade is not computed, the box stays.
    expect(run('.poll-box { display: none } main .poll-box { display: block }')).toContain('relevant to Harbour');
    expect(run('#vote { display: none } @media (min-width: 800px) { #vote { display: flex } }')).toContain('relevant to Harbour');
  });
  it('leaves a run inside a paragraph to the host (a paywall\'s hidden sentence may be the story)', () => {
    const text = runHtml(page(`<p>The port authority said the unions <span class="rest">would have to sign the new roster first.</span></p>${prose(4)}`, { extraHead: '<style>.rest { display: none }</style>' })).article!.text;
    expect(text).toContain('would have to sign the new roster first');
  });
  it('never hides the story\'s prose', () => {
    const text = runHtml(page(`<div class="story">${prose(4)}</div>`, { extraHead: '<style>.story { display: none }</style>' })).article!.text;
    expect(text).toContain('Paragraph 4 about the harbour wall');
  });
});
