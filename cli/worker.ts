// The CLI's worker thread: runs inputs through the pipeline, one message each, so that the main thread can stop
// a page that exceeds its time budget without losing the rest of the batch.
import { parentPort } from 'node:worker_threads';
import { processInput, type InputJob } from './process';

parentPort!.on('message', (job: InputJob & { id: number }) => {
  let result;
  try {
    result = processInput(job);
  } catch (e) {
    result = { file: job.file, error: `pipeline failed: ${(e as Error).message}`, isArticle: false };
  }
  parentPort!.postMessage({ id: job.id, result });
});
