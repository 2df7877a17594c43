// The keyboard focus ring must stand out: WCAG 2.2 asks 3:1 against what surrounds it. The ring is drawn 2 px
// outside the control, on the page background (and on cards, in lists): checked in light and dark themes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = fs.readFileSync(path.resolve(__dirname, '../../components/theme.css'), 'utf8');

/** The custom properties of the first rule whose selector matches `selector` (':root' or the dark media block). */
function vars(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--([\w-]+)\s*:\s*(#[0-9a-f]{3,8})/gi)) out[m[1]!] = m[2]!;
  return out;
}
const light = vars(css.slice(css.indexOf(':root'), css.indexOf('}', css.indexOf(':root'))));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...vars(css.slice(darkStart, css.indexOf('}', css.indexOf(':root', darkStart)))) };

function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h.slice(0, 6);
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [x = 0, y = 0] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The reader view's chosen themes: `:root[data-theme=NAME] { … }`. */
const chosen = Object.fromEntries(['light', 'sepia', 'dark'].map((name) => {
  const at = css.indexOf(`:root[data-theme=${name}]`);
  return [name, at < 0 ? {} : vars(css.slice(at, css.indexOf('}', at)))];
})) as Record<string, Record<string, string>>;

describe('focus ring contrast', () => {
  it('is computed right (black on white is 21:1, the old amber ring 2.0:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#f2a900', '#ffffff')).toBeCloseTo(2.0, 1);
  });
  it('the ring is drawn with --focus on every focusable control', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid var\(--focus\)/);
  });
  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    it(`is at least 3:1 against the background and cards (${name})`, () => {
      expect(theme.focus).toBeDefined();
      for (const around of ['bg', 'card']) expect(contrast(theme.focus!, theme[around]!)).toBeGreaterThanOrEqual(3);
    });
  }
});

describe("the reader view's themes", () => {
  for (const name of ['light', 'sepia', 'dark']) {
    it(`${name}: text 4.5:1 (muted text and links too), focus ring 3:1`, () => {
      const t = chosen[name]!;
      expect(Object.keys(t).length).toBeGreaterThan(5);
      for (const fg of ['fg', 'muted', 'accent']) expect(contrast(t[fg]!, t.bg!), fg).toBeGreaterThanOrEqual(4.5);
      for (const around of ['bg', 'card']) expect(contrast(t.focus!, t[around]!)).toBeGreaterThanOrEqual(3);
      expect(contrast(t['accent-fg']!, t.accent!), 'primary button text').toBeGreaterThanOrEqual(4.5);
    });
  }
});
