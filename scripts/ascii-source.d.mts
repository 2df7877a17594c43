/** `code` with every non-ASCII character escaped (scripts/ascii-source.mjs); throws where that would change it. */
export function asciiSource(code: string, file?: string): string;
