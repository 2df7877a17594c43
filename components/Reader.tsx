// Reader view (reader.html?tabId=N): the clean article, sanitised with DOMPurify, with the summary beside it.
// The article keeps its language and direction (right-to-left pages read right to left); the display (theme,
// font, size, width, line spacing) is the reader's, remembered across articles.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report } from '../lib/types';
import { textDirection } from '../lib/direction';
import { sanitizeArticleHtml } from '../utils/sanitize';
import { DEFAULT_READER_PREFS, getReaderPrefs, setReaderPrefs, type ExportFormat, type ReaderPrefs } from '../utils/storage';
import { getReport } from './api';
import { exportTo } from './exporting';
import { applyReaderPrefs, ReaderControls } from './ReaderControls';
import { FORMAT_INFO, headline } from './format';
import { ArticleHeader, ContinuesNotice, PartialNotice, PartyList, QuoteList } from './Summary';

export function Reader({ tabId }: { tabId: number | null }) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [prefs, setPrefs] = useState<ReaderPrefs>(DEFAULT_READER_PREFS);

  useEffect(() => {
    void getReaderPrefs().then(setPrefs);
    if (tabId === null) {
      setError('No tab to read.');
      return;
    }
    getReport(tabId, true)
      .then((r) => {
        if (!r.report?.article) setError(r.report?.error ?? 'No article could be extracted from this page.');
        else {
          setReport(r.report);
          document.title = `${headline(r.report).title} · Clearpage`;
        }
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [tabId]);

  useEffect(() => applyReaderPrefs(document.documentElement, prefs), [prefs]);
  const changePrefs = (p: ReaderPrefs) => {
    setPrefs(p);
    void setReaderPrefs(p);
  };

  const html = useMemo(() => (report?.article ? sanitizeArticleHtml(report.article.html, report.url) : ''), [report]);
  // Images that fail to load are left out rather than shown as broken boxes (no inline handlers: the page's CSP).
  useEffect(() => {
    const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('.cp-article img'));
    const broken = (img: HTMLImageElement) => img.setAttribute('data-broken', '');
    for (const img of imgs) {
      if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) broken(img);
      else img.addEventListener('error', () => broken(img), { once: true });
    }
  }, [html]);

  if (error) return <main class="cp-reader"><p class="cp-error" role="alert" data-testid="error">{error}</p></main>;
  if (!report?.article)
    return <main class="cp-reader" aria-busy="true"><p class="cp-loading" role="status"><span class="cp-spinner" aria-hidden="true" />Preparing the reader view…</p></main>;

  const exp = async (format: ExportFormat) => {
    try {
      setStatus(await exportTo(report, format, 'file'));
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const a = report.article;
  return (
    <div class="cp-reader-layout">
      <div class="cp-reader-bar">
        {report.url && <a class="cp-source" href={report.url} rel="noopener noreferrer">Original page</a>}
        <ReaderControls prefs={prefs} onChange={changePrefs} />
      </div>
      {/* A story in a language no list knows says so (lang=""), rather than taking the reader page's own "en". */}
      <main class="cp-reader" data-testid="reader" lang={a.lang ?? ''} dir={textDirection(a)}>
        <ArticleHeader report={report} standfirst />
        <article class="cp-article" data-testid="reader-article" dangerouslySetInnerHTML={{ __html: html }} />
        <ContinuesNotice report={report} />
        <PartialNotice report={report} link />
      </main>
      <aside class="cp-reader-side" aria-label="Summary">
        <div class="cp-actions" role="group" aria-label="Export">
          {(Object.keys(FORMAT_INFO) as ExportFormat[]).map((f) => (
            <button type="button" key={f} onClick={() => exp(f)}>Save {FORMAT_INFO[f].label}</button>
          ))}
        </div>
        <p class="cp-status" role="status" aria-live="polite">{status}</p>
        <QuoteList quotes={report.quotes} lang={report.article?.lang} text={report.article?.text} />
        <PartyList parties={report.parties} />
      </aside>
    </div>
  );
}
