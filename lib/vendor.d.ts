// Types of the untyped libraries lib/ uses.
declare module 'html-encoding-sniffer' {
  /** The HTML Standard's encoding sniffing: BOM, transport label, <meta> prescan of the first 1024 bytes, default. */
  export default function sniffEncoding(bytes: Uint8Array, options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
declare module 'turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  type Plugin = (service: TurndownService) => void;
  export const gfm: Plugin;
  export const tables: Plugin;
  export const strikethrough: Plugin;
  export const taskListItems: Plugin;
  export const highlightedCodeBlock: Plugin;
}
