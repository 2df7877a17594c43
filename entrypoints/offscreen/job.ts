// The background's side of a tab's pipeline run: the tab sends only its snapshot (PageJob); here the job gets the
// reader's settings and the site's memory (what this site repeats, what its rules removed elsewhere) before the
// host runs it, and the site is learned from the answer. The tab reads no storage before its snapshot, and the
// every-page content script, which starts a summary's run itself, carries no site memory code.
import { keptBlockFingerprints, knownFingerprints, learn, removedFingerprints } from '../../lib/site-memory';
import { getSettings, siteMemoryItem } from '../../utils/storage';
import type { HostResponse, PageJob, PipelineJob } from '../../utils/messages';
import { askHost } from './open';

export async function runPageJob(page: PageJob): Promise<HostResponse> {
  // Both at once (two storage round trips in the browser's process); the memory is used only when it is on.
  const [settings, stored] = await Promise.all([getSettings(), siteMemoryItem.getValue()]);
  const memory = settings.siteMemory ? stored : null;
  const job: PipelineJob = {
    ...page,
    known: memory ? [...knownFingerprints(memory, page.url)] : [],
    removed: memory ? [...removedFingerprints(memory, page.url)] : [],
    keep: settings.keepReasons,
  };
  const res = await askHost({ type: 'clearpage:pipeline', job });
  const r = 'report' in res ? res.report : null;
  if (settings.siteMemory && r?.article && (r.isArticle || page.force)) {
    // Learn after answering: storage writes must not delay the tab.
    void siteMemoryItem.getValue().then((m) => siteMemoryItem.setValue(learn(m, { url: page.url, removed: r.removed, kept: keptBlockFingerprints(r.article?.text) })));
  }
  return res;
}
