// The pieces of a story that are not plain paragraphs and that Readability leaves out before the clean stage sees
// them (so no "left out" note could tell the reader): the desk's credit under the text (lib/desk-credit.ts),
// embedded posts (lib/embedded-posts.ts), a fact check's claim and rating (lib/claim-box.ts), an info box set in
// the story as an <aside> (lib/inline-asides.ts), the line that names who provided the story (lib/source-line.ts).
// Readied on the working
// copy before Readability, put back in its body after it.
import { findDeskCredits, restoreDeskCredit, type DeskCredit } from './desk-credit';
import { freeEmbeddedPosts } from './embedded-posts';
import { findClaimBoxes, restoreClaimBoxes, type ClaimBoxes } from './claim-box';
import { ldClaimReviews } from './json-ld';
import { findInlineAsides, restoreInlineAsides, type InlineAside } from './inline-asides';
import { findSourceLines, restoreSourceLines, type SourceLine } from './source-line';

export interface StoryPieces { desk: DeskCredit[]; claims: ClaimBoxes | null; asides: InlineAside[]; sources: SourceLine[] }

/** Before Readability, on the working copy's body: the credits, the claim's boxes and the info boxes copied, posts
 * set free. */
export function readyStoryPieces(root: Element | null, url: string | null, ld: readonly unknown[]): StoryPieces {
  if (!root) return { desk: [], claims: null, asides: [], sources: [] };
  const desk = findDeskCredits(root);
  freeEmbeddedPosts(root, url);
  const reviews = ldClaimReviews(ld);
  return { desk, claims: reviews.length ? findClaimBoxes(root, reviews) : null, asides: findInlineAsides(root), sources: findSourceLines(root) };
}

/** After Readability: what it left out put back where it stood. */
export function restoreStoryPieces(body: Element, pieces: StoryPieces): void {
  restoreDeskCredit(body, pieces.desk);
  restoreClaimBoxes(body, pieces.claims);
  restoreInlineAsides(body, pieces.asides);
  restoreSourceLines(body, pieces.sources);
}
