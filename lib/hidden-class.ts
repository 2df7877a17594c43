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
