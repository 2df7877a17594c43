// The CLI's article sanitiser: the shared policy (lib/sanitize.ts) over DOMPurify on a jsdom window, the
// standards-conforming DOM DOMPurify is tested on (linkedom is not). Loaded only when an output needs it.
import { articleSanitizer, type ArticleSanitizer } from '../lib/sanitize';

let sanitizer: Promise<ArticleSanitizer> | null = null;

export function loadSanitizer(): Promise<ArticleSanitizer> {
  sanitizer ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
    return articleSanitizer(createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]));
  })();
  return sanitizer;
}
