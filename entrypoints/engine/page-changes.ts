// Whether a page changed in a way its snapshot would show, since a run prepared before the reader asked (content.ts):
// such a run answers the popup only while its page reads as it did. Text added, removed or edited counts, and so do
// class, style, hidden and open (what the snapshot leaves out depends on them: a consent layer closed, a story
// behind "Read more" opened). Elements without text (an ad's frame, a lazy image's new address) do not. Ships in
// the every-page content script: small on purpose.

/** Tags whose text the snapshot drops. */
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const hasText = (n: Node): boolean => !NO_TEXT.has(n.nodeName) && !!n.textContent?.trim();

function counts(rec: MutationRecord): boolean {
  if (rec.type !== 'childList') return true;
  return [...Array.from(rec.addedNodes), ...Array.from(rec.removedNodes)].some(hasText);
}

export interface ChangeWatch {
  /** The page changed since the watch began. */
  changed(): boolean;
  stop(): void;
}

/** Watch `doc` from now on; the first change that counts ends the watch. */
export function watchChanges(doc: Document): ChangeWatch {
  let changed = typeof MutationObserver === 'undefined';
  const see = (records: MutationRecord[]) => {
    if (changed || !records.some(counts)) return;
    changed = true;
    obs?.disconnect();
  };
  const obs = changed ? null : new MutationObserver(see);
  obs?.observe(doc.documentElement, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'],
  });
  return {
    // Records not yet delivered count too (a change made in the task that asks).
    changed: () => { if (obs && !changed) see(obs.takeRecords()); return changed; },
    stop: () => obs?.disconnect(),
  };
}
