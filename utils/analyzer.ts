// The analysis stage (quotes and parties) the extension passes to runPipeline.
import type { Analyzer } from '../lib/pipeline';

// lib/analyze.ts has not landed yet: until it does, reports have no quotes or parties.
export const analyzer: Analyzer | null = null;
