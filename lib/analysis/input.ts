// What the analysis reads of an extracted article. One function for every place that asks for an analysis (the
// pipeline, the pipeline host, the tab): the host keeps analyses by their input (entrypoints/offscreen/
// early-analysis.ts), so an analysis started for the popup is found again when the tab asks only if both build it
// alike. Types only besides: small enough for the every-page content script.
import type { Article } from '../types';
import type { AnalyzeInput } from './index';

// The credit lines the clean stage took out of the text at its foot are read after it, where they stood: the press
// they name ("With files from The Associated Press and Jane Roe") is then known as press, not listed as a party.
export const analysisInputOf = (a: Article): AnalyzeInput => ({ text: a.credits ? [a.text, ...a.credits].join('\n\n') : a.text, title: a.title, lang: a.lang, site: a.siteName });
