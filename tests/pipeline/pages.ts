// Small invented news pages in several languages for the clean tests: a story, its furniture and its appeals.
// Every text here is written for these tests (no publisher's text).

/** Paragraphs of invented news prose in a language, each distinct. */
const PROSE: Record<string, (i: number) => string> = {
  nb: (i) => `Avsnitt ${i}: Kommunestyret i Fjellvik behandlet søndag den nye havneplanen, og ${i * 3} innbyggere møtte opp for å si sin mening om kaien, fergeleiet og kostnadene som rådmannen har lagt fram i sin rapport nummer ${i}.`,
  pt: (i) => `Parágrafo ${i}: A câmara municipal de Vila Serena aprovou na terça-feira o novo plano de drenagem, depois de ouvir ${i * 3} moradores sobre as cheias do inverno e o custo das obras previsto no relatório número ${i}.`,
  tr: (i) => `Paragraf ${i}: Deniztepe belediye meclisi salı günü yeni liman planını görüştü; toplantıya katılan ${i * 3} vatandaş iskele, feribot ve ${i}. rapordaki maliyetler hakkında görüşlerini dile getirdi.`,
  es: (i) => `Párrafo ${i}: El pleno de Villaserena aprobó el martes el plan de renovación del puerto tras escuchar a ${i * 3} vecinos sobre el muelle, el transbordador y los costes recogidos en el informe número ${i}.`,
  en: (i) => `Paragraph ${i} about the harbour wall: the council met on day ${i} of the session, heard ${i * 3} residents and examined the engineers' report number ${i}, which set out costs, risks and a timetable for the works in considerable detail.`,
};

export function prosa(lang: string, n: number, from = 1): string {
  const out: string[] = [];
  for (let i = from; i < from + n; i++) out.push(`<p>${PROSE[lang]!(i)}</p>`);
  return out.join('\n');
}

/** A news page around `body`, with a site name, a language and an address. */
export function newsPage(body: string, o: { lang?: string; title?: string; site?: string; url?: string; outside?: string; charset?: string } = {}): string {
  const title = o.title ?? 'Kommunestyret vedtok ny havneplan etter lang debatt';
  return `<!DOCTYPE html><html lang="${o.lang ?? 'nb'}"><head><meta charset="${o.charset ?? 'utf-8'}"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="${o.site ?? 'Fjellvik Avis'}">
<meta property="og:url" content="${o.url ?? 'https://www.fjellvikavis.example/nyheter/2026/01/05/ny-havneplan'}">
<meta property="article:published_time" content="2026-01-05T10:00:00Z"></head>
<body><header><nav><a href="/">Forside</a> <a href="/nyheter">Nyheter</a></nav></header>
<main><article><h1>${title}</h1><div class="entry">${body}</div></article>${o.outside ?? ''}</main></body></html>`;
}
