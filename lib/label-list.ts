// A page's list of labels and values beside its story ("<li><strong>Datum</strong> 28.04.2023</li><li><strong>
// Autorin/Autor</strong> Roman Goncharenko</li>", a <dl>, a table's rows): the item that names the author is found by
// its label (lib/story-byline.ts); the story's date is the value of another item of the same list that is a date
// and nothing more. No label's words are needed for that: the value's shape says it.
import { oneLine } from './chars';
import { datelineDate } from './dateline';

/** A label set apart in bold or as a term or a header's cell. */
export const LABEL = 'strong, b, dt, th';
/** A date value is this short ("28.04.2023", "12 March 2024, 14:05"); a longer one is a sentence. */
const VALUE_CHARS = 40;
/** Words of letters a date value may hold (a month's name, a weekday, "Uhr"). */
const VALUE_WORDS = 3;

/** A term's definition or a header's cell; else the rest of the line the label opens. */
export function labelValue(label: Element): string {
  const tag = label.tagName.toUpperCase();
  if (tag === 'DT' || tag === 'TH') return oneLine(label.nextElementSibling?.textContent ?? '');
  const line = oneLine(label.parentElement?.textContent ?? '');
  const own = oneLine(label.textContent ?? '');
  return line.startsWith(own) ? line.slice(own.length).replace(/^[\s:：]+/, '') : '';
}

/** The list item a label opens: the term itself, a header's row, the element around a bold label. */
function itemOf(label: Element): Element | null {
  const tag = label.tagName.toUpperCase();
  return tag === 'DT' ? label : tag === 'TH' ? label.closest('tr') : label.parentElement;
}

/** The value of another item of the label's list that is only a date (its label aside), or null. */
export function siblingDate(label: Element, lang: string | null): string | null {
  const item = itemOf(label);
  const list = item?.parentElement;
  if (!item || !list) return null;
  for (const other of list.children) {
    if (other === item) continue;
    const own = other.matches(LABEL) ? other : other.querySelector(LABEL);
    if (!own || itemOf(own) !== other) continue;
    const value = labelValue(own);
    const words = (value.match(/\p{L}+/gu) ?? []).length;
    if (value.length <= VALUE_CHARS && words <= VALUE_WORDS && datelineDate(value, lang)) return value;
  }
  return null;
}
