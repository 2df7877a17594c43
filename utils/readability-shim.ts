// ES re-export of @mozilla/readability's two halves (see wxt.config.ts: lets bundles tree-shake Readability).
// Deep imports by file path, so that the alias for '@mozilla/readability' does not point back here.
import ReadabilityImpl from '@mozilla/readability/Readability.js';
import isProbablyReaderableImpl from '@mozilla/readability/Readability-readerable.js';
import type * as R from '@mozilla/readability';

export const Readability = ReadabilityImpl as unknown as typeof R.Readability;
export const isProbablyReaderable = isProbablyReaderableImpl as unknown as typeof R.isProbablyReaderable;
