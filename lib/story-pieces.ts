// The pieces of a story that are not plain paragraphs and that Readability leaves out before the clean stage sees
// them (so no "left out" note could tell the reader): the desk's credit under the text (lib/desk-credit.ts),
// embedded posts (lib/embedded-posts.ts). Readied on the working copy before Readability, put back in its body after
// it.
import { findDeskCredits, restoreDeskCredit, type DeskCredit } from './desk-credit';
import { freeEmbeddedPosts } from './embedded-posts';

export interface StoryPieces { desk: DeskCredit[] }

/** Before Readability, on the working copy's body: the credits copied, posts set free. */
export function readyStoryPieces(root: Element | null, url: string | null): StoryPieces {
  if (!root) return { desk: [] };
  const desk = findDeskCredits(root);
  freeEmbeddedPosts(root, url);
  return { desk };
}

/** After Readability: what it left out put back where it stood. */
export function restoreStoryPieces(body: Element, pieces: StoryPieces): void {
  restoreDeskCredit(body, pieces.desk);
}
