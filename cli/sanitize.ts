// The CLI's article sanitiser: the shared policy (lib/sanitize.ts) over DOMPurify on a jsdom window, the
// standards-conforming DOM DOMPurify is tested on (linkedom is not). Loaded only when an output needs it.
import { createRequire } from 'node:module';
import { articleSanitizer, type ArticleSanitizer } from '../lib/sanitize';

// required, not import()ed: the bundle runs as a script with a code cache (bin/code-cache.mjs), and V8 gives a
// cached script no way back to Node's module loader for import().
const load = createRequire(import.meta.url);

let sanitizer: Promise<ArticleSanitizer> | null = null;

export function loadSanitizer(): Promise<ArticleSanitizer> {
  sanitizer ??= (async () => {
    const { JSDOM } = load('jsdom') as typeof import('jsdom');
    const createDOMPurify = load('dompurify') as typeof import('dompurify').default;
    return articleSanitizer(createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]));
  })();
  return sanitizer;
}
