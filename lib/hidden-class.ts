// The class the CSS frameworks hide with (Tailwind's and Bootstrap's `hidden`: display none), which a DOM without
// the page's style sheets (the CLI's, a saved page's) cannot compute: a navigation label the page never shows
// ("Service Navigation"), the closed variants of a subscribe box. The snapshot of a live page has lost what its
// style sheets hide already; an element still classed so there was shown by a breakpoint's class ("hidden
// md:block"), which keeps it here too. What reads as the story's prose stays all the same (lib/hidden.ts).
/** A breakpoint's or state's class that shows the element again ("md:block", "lg:flex"). */
const SHOWN_AGAIN = /^[\w-]+:(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|contents|flow-root)$/;

/** The element carries the framework class that hides it, and none that shows it again. */
export function hiddenByClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls || !cls.includes('hidden')) return false;
  const tokens = cls.split(/\s+/);
  return tokens.includes('hidden') && !tokens.some((t) => SHOWN_AGAIN.test(t));
}

/** Bootstrap's breakpoint class that shows the element again on a wider screen ("d-md-block"); its print classes
 * ("d-print-block") show it on paper only. */
const SHOWN_ON_SCREEN = /^d-(?:sm|md|lg|xl|xxl)-(?!none$)[\w-]+$/;

/**
 * Bootstrap's `d-none` without a breakpoint's class that shows the element again: never on the screen, whatever its
 * print class (a site's print-only "Citation: … retrieved …" and copyright notice under the story). Read by the
 * extraction only: the live page's style sheet says it already.
 */
export function hiddenOnScreen(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls || !cls.includes('d-none')) return false;
  const tokens = cls.split(/\s+/);
  return tokens.includes('d-none') && !tokens.some((t) => SHOWN_ON_SCREEN.test(t));
}
