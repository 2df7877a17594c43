// Which date lines after the story are the story's own: Clean never hides the story's date, but a date line of the
// page's chrome after the story (a broadcast's, a copy of the header's) is no date of the story.
import type { LiveArticle } from './article';
import { isOtherDay } from './meta';
import { letters, rendered } from './text';

/** Whether `el` is shown before the story's first paragraph (in the article's header). */
const headerDate = (el: Element, a: LiveArticle): boolean => (a.order.get(el) ?? Infinity) < a.first && rendered(el);

/**
 * After the story's end, a date line that is not the story's date: another day than the story's (a broadcast's "this
 * topic on air", isOtherDay), or a copy of a date line the article's header shows (Gannett prints "Published 11:34 PM
 * EST Nov 19, 2019" over the story and again under it): the story's date stays shown where the header has it.
 */
export function notStoryDate(el: Element, a: LiveArticle): boolean {
  if ((a.order.get(el) ?? -1) <= a.last) return false;
  if (isOtherDay(el, a.published)) return true;
  const text = letters(el.textContent ?? '');
  return !!text && [...a.protect, ...a.kept].some((p) => p !== el && !p.contains(el) && !el.contains(p) && headerDate(p, a) && letters(p.textContent ?? '') === text);
}
