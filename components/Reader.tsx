// Reader view (reader.html?tabId=N): the clean article, sanitised with DOMPurify, with the summary beside it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report } from '../lib/types';
import { sanitizeArticleHtml } from '../utils/sanitize';
import type { ExportFormat } from '../utils/storage';
import { getReport } from './api';
import { deliver, exportFilename, exportReport, FORMAT_INFO } from './exporting';
import { ArticleHeader, PartyList, QuoteList } from './Summary';

export function Reader({ tabId }: { tabId: number | null }) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (tabId === null) {
      setError('No tab to read.');
      return;
    }
    getReport(tabId, true)
      .then((r) => {
        if (!r.report?.article) setError(r.report?.error ?? 'No article could be extracted from this page.');
        else {
          setReport(r.report);
          document.title = `${r.report.article.title} · Clearpage`;
        }
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [tabId]);

  const html = useMemo(() => (report?.article ? sanitizeArticleHtml(report.article.html, report.url) : ''), [report]);

  if (error) return <main class="cp-reader"><p class="cp-error" role="alert" data-testid="error">{error}</p></main>;
  if (!report?.article)
    return <main class="cp-reader" aria-busy="true"><p class="cp-loading" role="status"><span class="cp-spinner" aria-hidden="true" />Preparing the reader view…</p></main>;

  const exp = async (format: ExportFormat) => {
    try {
      setStatus(await deliver(exportReport(report, format), 'file', exportFilename(report, format), FORMAT_INFO[format].mime));
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class="cp-reader-layout">
      <main class="cp-reader" lang={report.article.lang ?? undefined}>
        <ArticleHeader report={report} />
        {report.url && <p class="cp-source"><a href={report.url} rel="noopener noreferrer">Original page</a></p>}
        <article class="cp-article" data-testid="reader-article" dangerouslySetInnerHTML={{ __html: html }} />
      </main>
      <aside class="cp-reader-side" aria-label="Summary">
        <div class="cp-actions" role="group" aria-label="Export">
          {(Object.keys(FORMAT_INFO) as ExportFormat[]).map((f) => (
            <button type="button" key={f} onClick={() => exp(f)}>Save {FORMAT_INFO[f].label}</button>
          ))}
        </div>
        <p class="cp-status" role="status" aria-live="polite">{status}</p>
        <QuoteList quotes={report.quotes} />
        <PartyList parties={report.parties} />
      </aside>
    </div>
  );
}
