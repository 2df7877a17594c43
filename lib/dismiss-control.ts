// A control that closes the box it stands in ("Nein Danke. Weiter in dieser Ansicht." under an app's advert; "No
// thanks"): its script names the box by its id, in an attribute of its own (data-toggledisplay='{"target":
// "#appBottomRgt"}', onclick='$("#appBottomRgt").hide()'). Its label is no text of the story, in any language: the
// evidence is that the element acts on one of its own ancestors. Taken out before Readability, as a dialog is.
import { childCountUpTo } from './dom';

/** An id a script names: "#appBottomRgt" in a selector, or getElementById('…'). */
const NAMED_ID = /#([A-Za-z][\w-]*)|getElementById\(\s*['"]([\w-]+)['"]/g;
/** Elements a control's label may be set in (a script's trigger, not a link to another page). */
const CONTROL_TAGS = new Set(['DIV', 'SPAN', 'BUTTON', 'P', 'A']);

/** A control's label is this short at most; a longer text is content, whatever script it carries. */
const LABEL_CHARS = 80;

/** The ids the element's script attributes (on…, data-…) name. */
function namedIds(el: Element): string[] {
  const out: string[] = [];
  for (const a of el.attributes) {
    if (!/^(?:on|data-)/i.test(a.name) || !a.value.includes('#') && !a.value.includes('getElementById')) continue;
    for (const m of a.value.matchAll(NAMED_ID)) out.push((m[1] ?? m[2])!);
  }
  return out;
}

/** Whether `el` is a control that acts on a box it stands in, and holds text (a label, not a box of content). */
export function isDismissControl(el: Element, tag: string): boolean {
  // (the cheap tests first: this asks every element of the page; childElementCount builds a list of the children in
  // linkedom, and an element's text is read only where its script names an id, which few do)
  if (!CONTROL_TAGS.has(tag) || childCountUpTo(el, 1) > 1 || (tag === 'A' && /^(?:https?:)?\/\//.test(el.getAttribute('href') ?? ''))) return false;
  const ids = namedIds(el);
  if (!ids.length) return false;
  const label = (el.textContent ?? '').trim();
  if (!label || label.length > LABEL_CHARS) return false;
  for (let p = el.parentElement; p; p = p.parentElement) if (p.id && ids.includes(p.id)) return true;
  return false;
}
