// The part of a story a gated page sends but holds back for subscribers. A page that declares the story not free
// (JSON-LD or microdata `isAccessibleForFree: false`) and names its gated part (schema.org `hasPart` with a
// `cssSelector`; without one, an element its class names call a paywall) may send that part whole and hide it with
// its own markup until its script knows a subscriber (NZZ: `.ssr .nzzinteraction { display: none }` on every gated
// paragraph). The live page shows the free part only, and so does the reader view (the snapshot drops what is not
// rendered); a saved page read by the CLI must agree: we do not show a reader what the publisher holds back for
// subscribers. So such a part leaves the working copy before Readability, each element given back as a removal
// (undoable), and the story is marked partial (lib/paywall.ts). A gated part the page does not hide (a subscriber's
// saved copy) stays, and so does everything on a page that declares itself free.
import { oneLine } from './chars';
import { fingerprint } from './fingerprint';
import { hiddenByClass } from './hidden-class';
import { hiddenByInlineStyle, proseLength } from './hidden';
import { hiddenByRules, hiddenRules, sheetDisplay, type DisplayRule, type HiddenRules, type SheetDisplay } from './hidden-rules';
import { declaration, HELD_BACK_RULE, namedPaywall, notFree } from './paywall';
import type { Removal } from './types';

/** How the page's markup, as a DOM without a browser reads it, hides `el`: in words, or null when it does not. */
type HideTest = (el: Element) => string | null;

/** `el`'s hiding: the `hidden` attribute, an inline style, the frameworks' `hidden` class, or a rule of the page's
 * own style sheet whose selector takes it, unless a rule that gives it another display outranks that one. */
function hideTest(doc: Document): HideTest {
  const rules: HiddenRules | null = hiddenRules(doc);
  const sheet: SheetDisplay = sheetDisplay(doc);
  const seen = new Map<Element, string | null>(); // ancestors are asked again for each block under them
  return (el) => {
    let how = seen.get(el);
    if (how === undefined) seen.set(el, how = hiding(el, rules, sheet));
    return how;
  };
}

function hiding(el: Element, rules: HiddenRules | null, sheet: SheetDisplay): string | null {
  if (el.hasAttribute('hidden')) return 'the hidden attribute';
  if (hiddenByInlineStyle(el)) return 'its inline style';
  if (hiddenByClass(el) || (rules && hiddenByRules(el, rules))) return 'a class the page\'s style sheet hides';
  const hide = winner(el, sheet.hiding);
  const show = hide && winner(el, sheet.showing);
  return hide && !(show && outranks(show, hide)) ? `the page's style rule "${hide.selector} { display: none }"` : null;
}

/** Of `rules`, the one that takes `el` and wins the cascade (more specific, else later), or null. */
function winner(el: Element, rules: readonly DisplayRule[]): DisplayRule | null {
  let best: DisplayRule | null = null;
  for (const r of rules) {
    if ((best && !outranks(r, best)) || !r.keys.every((k) => hasKey(el, k))) continue;
    try { if (el.matches(r.selector)) best = r; } catch { /* a selector the DOM cannot parse takes nothing */ }
  }
  return best;
}

const hasKey = (el: Element, key: string) =>
  key[0] === '#' ? el.getAttribute('id') === key.slice(1) : (el.getAttribute('class') ?? '').split(/\s+/).includes(key.slice(1));

const outranks = (a: DisplayRule, b: DisplayRule) => a.specificity > b.specificity || (a.specificity === b.specificity && a.order > b.order);

/** How `el` or one of its ancestors below `body` is hidden, or null. */
function hiddenHow(el: Element, body: Element, test: HideTest): string | null {
  for (let e: Element | null = el; e && e !== body; e = e.parentElement) {
    const how = test(e);
    if (how) return how;
  }
  return null;
}

/** The elements the page names its gated part: its selectors' (the outermost of nested ones), else its
 * paywall-named elements that hold prose. */
function gatedParts(body: Element, selectors: string[]): Element[] {
  let els: Element[] = [];
  for (const sel of selectors) { try { els.push(...Array.from(body.querySelectorAll(sel))); } catch { /* a selector the DOM cannot parse names nothing */ } }
  if (!selectors.length) els = Array.from(body.querySelectorAll('*')).filter((e) => namedPaywall(e) && Array.from(e.getElementsByTagName('p')).some((p) => proseLength(p) > 0));
  return els.filter((e) => !els.some((o) => o !== e && o.contains(e)));
}

/** A paragraph of prose, or an element holding one: a hidden part without prose (the paywall's own closed
 * notice box) is no story held back. */
const holdsProse = (el: Element): boolean =>
  (el.tagName.toUpperCase() === 'P' && proseLength(el) > 0) || Array.from(el.getElementsByTagName('p')).some((p) => proseLength(p) > 0);

/** Whether prose stays shown outside `held` (a paragraph, or a list item: a live blog's free part may be a list of
 * its main points): a page that would show nothing (its whole story hidden until a script runs) keeps everything
 * rather than lose it all. */
function freePartShown(body: Element, held: readonly Element[], test: HideTest): boolean {
  return Array.from(body.querySelectorAll('p, li')).some((p) => proseLength(p) > 0 && !held.some((h) => h.contains(p)) && !hiddenHow(p, body, test));
}

function removalOf(el: Element, how: string, named: string): Removal {
  const text = oneLine(el.textContent ?? '');
  return {
    text, reason: 'paywall', rule: HELD_BACK_RULE, fingerprint: fingerprint(text), index: 0, tag: el.tagName.toLowerCase(), html: el.outerHTML,
    evidence: ['the page\'s data says the story is not free', named, `the page hides it (${how})`],
  };
}

/**
 * Take out of `doc` (the working copy, before Readability) the gated part its own markup hides, when the page
 * declares the story not free; `meta` is the page's meta tags (lower-cased names), `ld` its JSON-LD. Returns the
 * removals, in the page's order (their `index` is set by the caller, after the story's blocks).
 */
export function holdBack(doc: Document, ld: readonly unknown[], meta?: ReadonlyMap<string, string>): Removal[] {
  const { declared, selectors } = declaration(ld);
  const body = doc.body;
  if (!body || !(declared || notFree(meta?.get('isaccessibleforfree')))) return [];
  const parts = gatedParts(body, selectors);
  if (!parts.length) return [];
  const test = hideTest(doc);
  const held = parts.map((el) => ({ el, how: hiddenHow(el, body, test) })).filter((h): h is { el: Element; how: string } => !!h.how && !!oneLine(h.el.textContent ?? ''));
  const els = held.map((h) => h.el);
  if (!els.some(holdsProse) || !freePartShown(body, els, test)) return [];
  const named = selectors.length ? `the data names it the gated part ("${selectors.join('", "')}")` : 'the page names it a paywall';
  const out = held.map(({ el, how }) => removalOf(el, how, named));
  for (const { el } of held) el.remove();
  return out;
}
