// @vitest-environment jsdom
// A page wrapped whole in `display: contents` (SvelteKit does so): the wrapper has no box, so the browser's
// checkVisibility says false for it, but everything inside is laid out and seen. The snapshot Clean works on must keep
// the page; it was dropped as an unseen layer, Readability found nothing and Clean did nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotPage } from '../../lib/page/snapshot';

type Checkable = Element & { checkVisibility?: () => boolean };
const proto = Element.prototype as Checkable;

describe('a page wrapped in display: contents', () => {
  afterEach(() => { Reflect.deleteProperty(proto, 'checkVisibility'); });

  it('stays in the snapshot; a box the stylesheet hides still goes', () => {
    document.body.innerHTML = '<div style="display: contents"><article><h1>Ferry strike ends</h1><p>The ferry crews returned to work on Monday after a week-long strike over pay.</p></article></div>' +
      '<div class="drawer" style="display: none"><p>Menu: News, Sport, Weather</p></div>';
    // as a browser answers: no box for display: contents or display: none, a box for the rest
    proto.checkVisibility = function (this: Element) {
      const d = (this as HTMLElement).style?.display;
      return d !== 'contents' && d !== 'none';
    };
    const text = snapshotPage(document).root.textContent ?? '';
    expect(text).toContain('ferry crews returned to work');
    expect(text).not.toContain('Menu: News');
  });
});
