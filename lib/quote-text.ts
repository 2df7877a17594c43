// How a quotation is shown on its own (popup, terminal, front matter), apart from the exact span the report keeps.

/**
 * A quotation's words as a reader sees them quoted on their own: without the comma, semicolon or colon that joined
 * them to the sentence around ("…for 40 years,” she said). The report keeps the exact span; this is for display.
 */
export function quoteForDisplay(text: string): string {
  return text.replace(/\s*[,;:]\s*$/u, '');
}
