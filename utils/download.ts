// The one way Clearpage saves a file or copies text, from an extension page or from the content script.

/** Save `text` as a file named `filename` through a temporary link in `doc` (the browser's own download). */
export function downloadText(doc: Document, text: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  (doc.body ?? doc.documentElement).appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; the address is kept a while for browsers that read it late.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Copy to the clipboard, or save as a file when asked to or when the clipboard refuses (a page without user
 * activation, as after a keyboard shortcut). Says what happened, in words for the reader.
 */
export async function deliverText(doc: Document, text: string, target: 'clipboard' | 'file', filename: string, mime: string): Promise<{ copied: boolean; message: string }> {
  if (target === 'clipboard') {
    try {
      await navigator.clipboard.writeText(text);
      return { copied: true, message: 'Copied to the clipboard' };
    } catch {
      /* no permission or no user activation: fall back to a file */
    }
  }
  downloadText(doc, text, filename, mime);
  return { copied: false, message: `Saved ${filename}` };
}
