// What the page's own style sheet hides by an id or a class alone (`#vote { display: none }` in a <style> of the
// page): a DOM without style sheets (the CLI's, a saved page's) cannot compute it, and kept a readers' poll the page
// never shows ("您认为这篇文章与…相关度高吗？"). Only rules at the sheet's top level (under @media a rule hides for
// some screens only) whose selector is one id or one class (no element, combinator or state) and whose
// declarations say `display: none`. The live page's snapshot has lost such elements already (lib/page/snapshot.ts).

export interface HiddenRules { ids: ReadonlySet<string>; classes: ReadonlySet<string> }

/** One id or one class: "#vote", ".is-hidden". */
const SIMPLE = /^([#.])(-?[_a-zA-Z][\w-]*)$/;
const HIDES = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
/** A selector and its brace, or a closing brace: the sheet read as a stream of blocks. */
const TOKENS = /([^{}]*)([{}])/g;

/** The ids and classes the page's <style> elements hide at their top level, or null when none. */
export function hiddenRules(doc: Document): HiddenRules | null {
  const ids = new Set<string>(), classes = new Set<string>();
  for (const style of Array.from(doc.getElementsByTagName('style'))) {
    const css = style.textContent ?? '';
    if (!/display\s*:\s*none/i.test(css)) continue; // most sheets hide nothing so: not read
    readSheet(css.replace(/\/\*[\s\S]*?\*\//g, ''), ids, classes);
  }
  return ids.size || classes.size ? { ids, classes } : null;
}

function readSheet(css: string, ids: Set<string>, classes: Set<string>): void {
  let depth = 0, selector = '';
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(css); m; m = TOKENS.exec(css)) {
    if (m[2] === '{') { if (depth++ === 0) selector = m[1]!.trim(); continue; }
    // A closing brace: at depth 1 it ends a top-level rule, whose declarations are the text before it.
    if (depth === 1 && !selector.startsWith('@') && HIDES.test(m[1]!)) {
      for (const part of selector.split(',')) {
        const s = SIMPLE.exec(part.trim());
        if (s) (s[1] === '#' ? ids : classes).add(s[2]!);
      }
    }
    depth = Math.max(0, depth - 1);
  }
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
