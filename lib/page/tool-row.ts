// A row of the page's tools beside the headline ("Listen · 5 min · Share · Comment · Save"): short controls, each
// with at most an icon, a word or a counter beside it. Told by structure, in any language: several controls
// (buttons, elements acting as buttons, inputs), little text per control, no heading, no date, byline or picture but
// the controls' own icons, no headline linked to another page.
import { oneLine } from '../chars';
import { isMeta } from './meta';
import { PROTECTED, holdsProtected } from './photos';
import { HEADLINE_MIN, otherPage } from './teasers';

const CONTROLS = 'button, [role="button"], input, select';
/** Controls that make a row of tools, not a lone button beside a line of text. */
const CONTROLS_MIN = 2;
/** Characters of text per control: a label and a counter ("5 min"), not a line of the story. */
const TEXT_PER_CONTROL = 30;

export function isToolRow(el: Element): boolean {
  const controls = Array.from(el.querySelectorAll(CONTROLS)).filter((c) => !c.parentElement?.closest(CONTROLS) || !el.contains(c.parentElement.closest(CONTROLS)));
  if (controls.length < CONTROLS_MIN) return false;
  const text = oneLine(el.textContent ?? '');
  if (text.length > controls.length * TEXT_PER_CONTROL) return false;
  if (el.matches(PROTECTED) || holdsProtected(el) || el.querySelector('h1, h2, h3, h4, h5, h6') || isMeta(el) || Array.from(el.querySelectorAll('*')).some(isMeta)) return false;
  return !Array.from(el.querySelectorAll('a[href]')).some((a) => !!otherPage(a) && oneLine(a.textContent ?? '').length >= HEADLINE_MIN);
}
