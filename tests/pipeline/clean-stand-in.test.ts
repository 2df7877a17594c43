// A blank stand-in (a video player's 16×9 ratio box, a data: image that small by its own header, with no alt text)
// that goes with its emptied section is no line of the removal list: a reader would see an empty entry there. What
// shows something (a real picture, an alt text) is still listed.
import { describe, expect, it } from 'vitest';
import { blankStandIns } from '../../lib/tracker-image';
import { parse, prose, runHtml, page } from './helpers';

const RATIO_BOX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAJCAYAAAA7KqwyAAAAD0lEQVR4nGNgGAWjgAoAAAJJAAHZX3+dAAAAAElFTkSuQmCC';
const player = (img: string) => `<div class="player"><div class="share-btn"><span>Post it to your feed</span></div><p>${img}</p></div>`;

describe('a blank stand-in removed with its section', () => {
  it('leaves the body without an empty line in the removal list', () => {
    const r = runHtml(page(`${prose(4)}${player(`<img src="${RATIO_BOX}">`)}`));
    expect(r.article!.html).not.toContain('data:image/png');
    expect(r.removed.length).toBeGreaterThan(0);
    expect(r.removed.filter((x) => !x.text.trim())).toEqual([]);
  });

  it('tells a stand-in from a picture or an image with words', () => {
    const el = (html: string) => { const d = parse(`<div>${html}</div>`); return d.querySelector('div')!; };
    expect(blankStandIns(el(`<img src="${RATIO_BOX}">`))).toBe(true);
    expect(blankStandIns(el(`<img src="${RATIO_BOX}" alt="The quay">`))).toBe(false);
    expect(blankStandIns(el('<img src="https://img.example/quay.jpg">'))).toBe(false);
    expect(blankStandIns(el(`<img src="${RATIO_BOX}"><video src="/v.mp4"></video>`))).toBe(false);
  });
});
