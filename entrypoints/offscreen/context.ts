// What a page's pipeline run needs besides its snapshot: the removal reasons the reader keeps and the site memory
// (when it is on). The background reads them from storage; the pipeline host holds a copy the background sends it
// on opening and after every change, so that a tab can hand its snapshot to the host directly (two message hops and
// two storage reads fewer on the click → summary path). Both sides complete a job and draw the site's lesson from
// its answer with the functions below, so the rule is written once.
import { keptBlockFingerprints, knownFingerprints, removedFingerprints, type LearnInput } from '../../lib/site-memory';
import type { HostContext, HostResponse, PageJob, PipelineJob } from '../../utils/messages';
import type { Report } from '../../lib/types';

/** The report in a host's answer, if any. */
export const reportOf = (res: HostResponse): Report | null => ('report' in res ? res.report : null);

/** The tab's job with the reader's settings and what the site's memory knows of its address. */
export function completeJob(page: PageJob, ctx: HostContext): PipelineJob {
  return {
    ...page,
    known: ctx.memory ? [...knownFingerprints(ctx.memory, page.url)] : [],
    removed: ctx.memory ? [...removedFingerprints(ctx.memory, page.url)] : [],
    keep: ctx.keep,
  };
}

/** What the site memory learns from a run's answer: an article found (or forced), with the memory on; nothing yet
 * from a run prepared before anyone asked (learnt once it is used: 'clearpage:learn-report'). */
export function lessonOf(page: Pick<PageJob, 'url' | 'force' | 'prepared'>, r: Report | null, ctx: HostContext): LearnInput | null {
  if (page.prepared || !ctx.memory || !r?.article || !(r.isArticle || page.force)) return null;
  return { url: page.url, removed: r.removed.map(({ fingerprint, reason }) => ({ fingerprint, reason })), kept: keptBlockFingerprints(r.article.text) };
}
