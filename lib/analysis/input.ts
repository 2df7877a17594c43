// What the analysis reads of an extracted article. One function for every place that asks for an analysis (the
// pipeline, the pipeline host, the tab): the host keeps analyses by their input (entrypoints/offscreen/
// early-analysis.ts), so an analysis started for the popup is found again when the tab asks only if both build it
// alike. Types only besides: small enough for the every-page content script.
import type { Article } from '../types';
import type { AnalyzeInput } from './index';

export const analysisInputOf = (a: Article): AnalyzeInput => ({ text: a.text, title: a.title, lang: a.lang, site: a.siteName });
