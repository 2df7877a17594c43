// The analysis stage (quotes and parties) the extension passes to runPipeline.
import type { Analyzer } from '../lib/pipeline';
import { analyzeArticle } from '../lib/analyze';

export const analyzer: Analyzer = (input) => analyzeArticle(input);
