// What the block training and held-out evaluation use from lib/, bundled by esbuild as the CLI bundles it.
export { extractArticle } from '../../lib/extract';
export { detectWithMeta } from '../../lib/detect';
export { PageBlocks, segmentBlocks, leafBlockTexts } from '../../lib/blocks';
export { fingerprint } from '../../lib/fingerprint';
export { decodeBytes } from '../../lib/decode';
export { blockInfos, siteInfo } from '../../lib/clean/context';
export { blockFeatures, FEATURE_BITS, GROUPS } from '../../lib/clean/features';
export { cleanArticle } from '../../lib/clean/index';
export { score, modelOf } from '../../lib/clean/classifier';
export { isProse } from '../../lib/clean/signals';
export { decideAll } from '../../lib/clean/layout';
export { evidenceKinds } from '../../lib/clean/decide';
