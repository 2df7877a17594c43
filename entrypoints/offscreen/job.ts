// The background's side of a tab's pipeline run. The host holds the reader's settings and the site memory
// (HostContext, sent by `primeHost` when it opens and after each change) and answers a tab's snapshot itself; when
// it cannot yet (not open, or opened but not primed), the tab asks here: the job gets its context from storage, the
// host runs it, and the site is learned from the answer. The tab reads no storage before its snapshot, and the
// every-page content script carries no site-memory code.
import { learn, type LearnInput } from '../../lib/site-memory';
import { getSettings, siteMemoryItem } from '../../utils/storage';
import type { HostContext, HostResponse, PageJob } from '../../utils/messages';
import type { Report } from '../../lib/types';
import { askHost } from './open';
import { completeJob, lessonOf, reportOf } from './context';

/** Settings and memory, read at once (two storage round trips in the browser's process). */
export async function readContext(): Promise<HostContext> {
  const [settings, stored] = await Promise.all([getSettings(), siteMemoryItem.getValue()]);
  return { keep: settings.keepReasons, memory: settings.siteMemory ? stored : null };
}

/** Send the host the context it needs to answer tabs directly. */
export async function primeHost(): Promise<void> {
  await askHost({ type: 'clearpage:context', context: await readContext() });
}

/** Learn a site from one article (after answering: storage writes must not delay the tab). */
export async function learnSite(lesson: LearnInput): Promise<void> {
  await siteMemoryItem.setValue(learn(await siteMemoryItem.getValue(), lesson));
}

/** A run prepared before anyone asked has been used: learn the site from its report now. */
export async function learnUsed(url: string, force: boolean, report: Report): Promise<void> {
  const lesson = lessonOf({ url, force }, report, await readContext());
  if (lesson) await learnSite(lesson);
}

export async function runPageJob(page: PageJob): Promise<HostResponse> {
  const ctx = await readContext();
  const res = await askHost({ type: 'clearpage:pipeline', job: completeJob(page, ctx) });
  const lesson = lessonOf(page, reportOf(res), ctx);
  if (lesson) void learnSite(lesson);
  return res;
}
