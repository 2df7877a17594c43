// What the page's own style sheet hides by an id or a class alone (`#vote { display: none }` in a <style> of the
// page): a DOM without style sheets (the CLI's, a saved page's) cannot compute it, and kept a readers' poll the page
// never shows ("您认为这篇文章与…相关度高吗？"). Only rules at the sheet's top level (under @media a rule hides for
// some screens only) whose selector is one id or one class (no element, combinator or state) and whose
// declarations say `display: none`, when no rule of the page gives that id or class another display. The live page's
// snapshot has lost such elements already (lib/page/snapshot.ts).

export interface HiddenRules { ids: ReadonlySet<string>; classes: ReadonlySet<string> }

/** One id or one class: "#vote", ".is-hidden". */
const SIMPLE = /^([#.])(-?[_a-zA-Z][\w-]*)$/;
const HIDES = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
/** A display other than none. */
const SHOWS = /(?:^|;)\s*display\s*:\s*(?!none\b)[a-z-]/i;
/** An id or a class in a selector. */
const TOKEN = /[#.]-?[_a-zA-Z][\w-]*/g;
/** A selector and its brace, or a closing brace: the sheet read as a stream of blocks. */
const TOKENS = /([^{}]*)([{}])/g;

/** The ids and classes the page's <style> elements hide at their top level, or null when none. One that any rule of
 * the page shows again (`.article--single .article__desc { display: block }` after `.article__desc { display: none }`,
 * or under @media for some screens) is left out: the cascade is not computed here, so such a box stays. */
export function hiddenRules(doc: Document): HiddenRules | null {
  const ids = new Set<string>(), classes = new Set<string>(), shown = new Set<string>();
  const sheets = Array.from(doc.getElementsByTagName('style'), (s) => s.textContent ?? '');
  if (!sheets.some((css) => /display\s*:\s*none/i.test(css))) return null; // most pages hide nothing so: not read
  for (const css of sheets) if (/display\s*:/i.test(css)) readSheet(css.replace(/\/\*[\s\S]*?\*\//g, ''), ids, classes, shown);
  for (const t of shown) { if (t[0] === '#') ids.delete(t.slice(1)); else classes.delete(t.slice(1)); }
  return ids.size || classes.size ? { ids, classes } : null;
}

/** Each rule of a sheet (comments taken out before): its selector, its declarations, and whether it sits inside
 * another block (under @media: for some screens only). At-rules' own blocks are passed over. */
function eachRule(css: string, visit: (selector: string, decls: string, nested: boolean) => void): void {
  const open: string[] = [];
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(css); m; m = TOKENS.exec(css)) {
    if (m[2] === '{') { open.push(m[1]!.trim()); continue; }
    const selector = open.pop();
    if (selector === undefined || selector.startsWith('@')) continue;
    visit(selector, m[1]!, open.length > 0);
  }
}

/** Reads one sheet: top-level rules that hide one id or class, and the ids and classes (`#x`, `.x`) that any rule
 * gives another display to, in the last part of its selector (the element it styles). */
function readSheet(css: string, ids: Set<string>, classes: Set<string>, shown: Set<string>): void {
  eachRule(css, (selector, decls, nested) => {
    if (HIDES.test(decls)) {
      if (nested) return;
      for (const part of selector.split(',')) {
        const s = SIMPLE.exec(part.trim());
        if (s) (s[1] === '#' ? ids : classes).add(s[2]!);
      }
    } else if (SHOWS.test(decls)) {
      for (const part of selector.split(',')) for (const t of part.trim().split(/[\s>+~]+/).pop()?.match(TOKEN) ?? []) shown.add(t);
    }
  });
}

/** Whether `el` is hidden by one of `rules`. A run inside a paragraph is not read so: the host decides on such runs
 * (a paywall's hidden sentence that the page's data holds is the story: lib/hidden-story.ts), and a host without
 * style sheets keeps them. */
export function hiddenByRules(el: Element, rules: HiddenRules): boolean {
  if (el.parentElement?.closest('p')) return false;
  const id = el.getAttribute('id');
  if (id && rules.ids.has(id)) return true;
  const cls = el.getAttribute('class');
  return !!cls && rules.classes.size > 0 && cls.split(/\s+/).some((c) => rules.classes.has(c));
}

/** A rule of a style sheet that sets a display: its whole selector ("`.ssr .gated`"), the selector's specificity
 * (ids, then classes and attributes, then element names, as one number), its place among the page's rules, and the
 * ids and classes (`#x`, `.x`) the element it styles must have (a cheap test before the selector's own). */
export interface DisplayRule { selector: string; specificity: number; order: number; keys: string[] }

/** A style sheet's rules that hide (display: none, at the sheet's top level: for every screen) and those that give
 * another display (anywhere), for a caller that tests given elements against them and lets the cascade decide. */
export interface SheetDisplay { hiding: DisplayRule[]; showing: DisplayRule[] }

/** Specificity as the cascade counts it, for selectors without pseudo-classes (those are left out). */
function specificity(selector: string): number {
  const ids = selector.match(/#-?[_a-zA-Z][\w-]*/g)?.length ?? 0;
  const classes = (selector.match(/\.-?[_a-zA-Z][\w-]*/g)?.length ?? 0) + (selector.match(/\[[^\]]*\]/g)?.length ?? 0);
  const types = selector.split(/[\s>+~]+/).filter((c) => /^[a-zA-Z]/.test(c)).length;
  return ids * 1e6 + classes * 1e3 + types;
}

/** The page's <style> elements read as SheetDisplay; selectors with a state or a pseudo-element (":hover",
 * "::before") are left out of both (they hide or show only at times, or only generated content). */
export function sheetDisplay(doc: Document): SheetDisplay {
  const out: SheetDisplay = { hiding: [], showing: [] };
  let order = 0;
  for (const s of Array.from(doc.getElementsByTagName('style'))) {
    const css = (s.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    if (!/display\s*:/i.test(css)) continue;
    eachRule(css, (selector, decls, nested) => {
      const to = HIDES.test(decls) ? (nested ? null : out.hiding) : SHOWS.test(decls) ? out.showing : null;
      order++;
      for (const part of to ? selector.split(',') : []) {
        const sel = part.trim();
        if (sel && !sel.includes(':')) to!.push({ selector: sel, specificity: specificity(sel), order, keys: sel.split(/[\s>+~]+/).pop()?.match(TOKEN) ?? [] });
      }
    });
  }
  return out;
}
