// What benchmarks/clean-cold.mjs measures: the pipeline's stages up to cleaning, bundled as the CLI bundles them.
export { detectWithMeta } from '../lib/detect';
export { extractArticle } from '../lib/extract';
export { PageBlocks } from '../lib/blocks';
export { cleanArticle } from '../lib/clean/index';
