// What the benchmark measures: the pipeline's own entry points, bundled as the CLI bundles them.
export { runPipeline } from '../lib/pipeline';
export { detectArticle } from '../lib/detect';
export { analyzeArticle } from '../lib/analysis';
