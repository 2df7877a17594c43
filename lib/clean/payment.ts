// Payment evidence that does not depend on a language's words: account identifiers checked by their own check
// digits (IBAN, Norwegian and other mod-11 account numbers), sort codes, numbers beside a payment service's name,
// links to payment services (lib/rules/payment-services.json, in tables made by scripts/gen-clean-tables.mjs), and money amounts written with a currency (codes and symbols from Intl, generated
// into lib/rules/currencies.json). A story *about* a bank names IBANs and sort codes in sentences; a payment line
// carries the identifier itself, so identifiers count only in short lines.
import TABLES from '../rules/clean-tables.json';
import CURRENCIES from '../rules/currencies.json';
import IBAN_LENGTHS from '../rules/iban-lengths.json';
import { indexOfWords } from './phrases';
import type { ServiceTables } from './clean-tables';
import { LETTER_CHAR, isCurrencySign, isLetterChar } from '../chars';

export interface PaymentEvidence {
  /** A checked account identifier (IBAN with a valid checksum, a mod-11 account number) or a service + number. */
  identifier: string | null;
  /** A payment or donation service named in a short line that says more than its name. */
  service: string | null;
  /** A checked identifier inside a long line (an appeal written as one paragraph, or a story quoting one). */
  inProse: string | null;
  /** A service named in a long line (a story about PayPal, or an appeal written as prose): weaker. */
  serviceInProse: string | null;
  /** Money amounts with a currency (count). */
  amounts: number;
  /** An amount followed by a period ("€5/month", "5 € / Monat"): a membership or a regular gift. */
  periodic: boolean;
  /** A long number given in a short line (a phone, account or payment number: seven digits or more, not a date or an
   * amount) whatever its checksum: no evidence alone, but a block that repeats one is an appeal or a notice. */
  number: boolean;
}

/** Lines longer than this are prose: an identifier inside them is talked about, not given. */
export const PAYMENT_LINE_MAX = 160;

const IBAN = /\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,30})\b/gi;
const isAsciiLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Two ASCII letters then two digits somewhere in the line, as every IBAN opens (the pattern's `i` reads [A-Z] as
 * [A-Za-z]): asked first, so that IBAN, slow to compile on a cold page, runs only on a line that may hold one. */
function mayHoldIban(line: string): boolean {
  for (let i = line.length - 4; i >= 0; i--) {
    if (isDigitCode(line.charCodeAt(i + 2)) && isDigitCode(line.charCodeAt(i + 3)) && isAsciiLetterCode(line.charCodeAt(i + 1)) && isAsciiLetterCode(line.charCodeAt(i))) return true;
  }
  return false;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function validIban(raw: string): boolean {
  const s = raw.replace(/[\s\u00a0]/g, '').toUpperCase();
  if (s.length < 15 || s.length > 34 || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

const LENGTHS: Record<string, number> = IBAN_LENGTHS.lengths;
/** A checked IBAN at the start of a match, at its country's length ("TR33 0006 … 26 numaralı" is read up to "26"). */
function ibanAt(match: string): boolean {
  const compact = match.replace(/[\s\u00a0]/g, '').toUpperCase();
  const n = LENGTHS[compact.slice(0, 2)];
  return n ? compact.length >= n && validIban(compact.slice(0, n)) : validIban(compact);
}

/** Mod-11 check digit with weights 2..7 from the right (Norwegian 11-digit accounts, and others like them). */
export function validMod11(digits: string): boolean {
  if (digits.length !== 11) return false;
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += w[i]! * Number(digits[i]);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[10]);
}

// A grouped number: digits with separators inside, as account numbers, sort codes and phone numbers are written.
const GROUPED = /(?<![\d.,])\d{2,6}(?:[ .\-/\u00a0]\d{2,8}){1,5}(?![\d,]|\.\d)/g;
const SORT_CODE = /(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])/;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** Every service name (longest first; looked up with indexOf, not compiled into a pattern: cleaning runs cold), each
 * name's service, and the domains by their first two characters: built from the list at build time. */
const SVC = TABLES.services as unknown as ServiceTables; // generated data, its shape held by tests/pipeline/clean-tables.test.ts

/** The payment service a link points to, or null. */
export function paymentServiceOfUrl(href: string): string | null {
  const h = href.toLowerCase().replace(/^[a-z]+:\/\/(www\.)?/, '');
  const key = h.slice(0, 2);
  if (Object.hasOwn(SVC.domains, key)) for (const [d, name] of SVC.domains[key]!) if (h.startsWith(d)) return name;
  return null;
}

let currencyTokens: Set<string> | null = null;
/** Currency codes and symbols (from Intl, in lib/rules/currencies.json), lower-cased; single Latin letters left out. */
function currencies(): Set<string> {
  currencyTokens ??= new Set([...CURRENCIES.symbols.filter((s) => !/^[A-Za-z]\.?$/.test(s)), ...CURRENCIES.codes].map((s) => s.toLowerCase()));
  return currencyTokens;
}
const NUMBER = /\d{1,3}(?:[.,\s\u00a0']\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?/g;
/** The token without what trails its last letter ("kr." → "kr", "NOK," → "nok"). */
function trimEndToLetters(t: string): string {
  let end = t.length;
  while (end > 0 && !isLetterChar(t[end - 1])) end--;
  return t.slice(0, end);
}

/** The currency written right before or after a number ("€5", "5 €", "NOK 200", "R$ 10,00", "KSh 100"), if any. */
function currencyBeside(line: string, start: number, end: number): boolean {
  const before = /(\S{1,5})\s?$/.exec(line.slice(Math.max(0, start - 6), start))?.[1] ?? '';
  const after = /^\s?([^\s\d.,;:!?()]{1,5})/.exec(line.slice(end, end + 6))?.[1] ?? '';
  return currencyToken(before) || currencyToken(after);
}

/** A currency code or symbol, or a token holding a currency sign. */
function currencyToken(t: string): boolean {
  if (!t) return false;
  const cur = currencies(), lower = t.toLowerCase();
  if (cur.has(lower)) return true;
  for (const c of t) if (isCurrencySign(c)) return true;
  return cur.has(trimEndToLetters(lower));
}

/** Payment evidence of a block's text (its lines are judged one by one: a payment line is short). */
export function paymentEvidence(text: string): PaymentEvidence {
  const out: PaymentEvidence = { identifier: null, inProse: null, service: null, serviceInProse: null, amounts: 0, periodic: false, number: false };
  const hasDigit = /\d/.test(text);
  for (const line of text.split('\n')) {
    if (line.length > PAYMENT_LINE_MAX) {
      if (hasDigit) { countAmounts(line, out); if (line.length <= PAYMENT_LINE_MAX * 4) out.inProse ??= identifierIn(line); }
      if (line.length <= PAYMENT_LINE_MAX * 4) out.serviceInProse ??= serviceIn(line);
      continue;
    }
    out.identifier ??= identifierIn(line);
    if (hasDigit) { countAmounts(line, out); out.number ||= givenNumber(line); }
    if (!out.service && !bareName(line)) out.service = serviceIn(line);
  }
  return out;
}

/** A line that is a service's name and nothing more: a tag, a logo's label or a heading about the company names it,
 * an appeal says more (a handle, an address, an amount, a word asking). The service's own link is evidence apart
 * (link kind "pay"). */
function bareName(line: string): boolean {
  let a = 0, b = line.length;
  while (a < b && !isLetterChar(line[a])) a++;
  while (b > a && !isLetterChar(line[b - 1])) b--;
  return Object.hasOwn(SVC.byName, line.slice(a, b).toLowerCase());
}

/** After an amount, a period word behind a slash ("€5/month", "5 € / Monat"). */
const PER_PERIOD = new RegExp(`^\\s?\\S{0,4}\\s?\\/\\s?${LETTER_CHAR}{1,8}\\.?(?!${LETTER_CHAR})`);

const LONG_RUN = /(?<![\d.,])\d{7,}(?![\d,]|\.\d)/;
/** Thousands written with dots or commas ("10.000.000", "1,250,000"): a quantity, not a number to dial or pay to. */
const THOUSANDS = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;

/** A phone, account or payment number in the line: seven digits or more, grouped or not, not a date, a quantity
 * or an amount. */
function givenNumber(line: string): boolean {
  if (LONG_RUN.test(line)) return true;
  GROUPED.lastIndex = 0;
  for (let m = GROUPED.exec(line); m; m = GROUPED.exec(line)) {
    if (m[0].replace(/\D/g, '').length < 7 || DATE_LIKE.test(m[0]) || THOUSANDS.test(m[0])) continue;
    if (!currencyBeside(line, m.index, m.index + m[0].length)) return true;
  }
  return false;
}

function countAmounts(line: string, out: PaymentEvidence): void {
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(line); m; m = NUMBER.exec(line)) {
    const start = m.index, end = start + m[0].trimEnd().length;
    if (!currencyBeside(line, start, end)) continue;
    out.amounts++;
    if (PER_PERIOD.test(line.slice(end, end + 20))) out.periodic = true;
  }
}

/** A checked identifier in a short line, or a service named beside a number or handle. */
function identifierIn(line: string): string | null {
  if (!/\d/.test(line)) { const svc = serviceIn(line); return svc && /[\w.-]+@[\w.-]+|[@$#][\w.-]{3,}/.test(line) ? `service:${svc}` : null; }
  IBAN.lastIndex = 0;
  if (mayHoldIban(line)) for (let m = IBAN.exec(line); m; m = IBAN.exec(line)) if (ibanAt(m[1]!)) return 'iban';
  if (SORT_CODE.test(line)) return 'sort-code';
  GROUPED.lastIndex = 0;
  for (let m = GROUPED.exec(line); m; m = GROUPED.exec(line)) {
    const digits = m[0].replace(/\D/g, '');
    if (DATE_LIKE.test(m[0])) continue;
    if (validMod11(digits) && /[.\s]/.test(m[0])) return 'account';
  }
  const svc = serviceIn(line);
  if (svc && /(?:\d[\d\s.-]{3,}\d|[\w.-]+@[\w.-]+|[@$#][\w.-]{3,}|\/[\w-]{3,})/.test(line)) return `service:${svc}`;
  return null;
}

let lastLine: string | null = null, lastService: string | null = null;
/** The service named first in the line (the longest name where two start at the same place), or null. A line is
 * asked twice (for an identifier, then for a service): the last answer is kept. */
function serviceIn(line: string): string | null {
  if (line !== lastLine) { lastService = firstServiceIn(line); lastLine = line; }
  return lastService;
}

function firstServiceIn(line: string): string | null {
  const lower = line.toLowerCase();
  let best = -1, name = '';
  for (const n of SVC.names) {
    if (!lower.includes(n)) continue; // most names are absent: no call for them
    const i = indexOfWords(lower, n);
    if (i >= 0 && (best < 0 || i < best)) { best = i; name = n; }
  }
  return best >= 0 ? SVC.byName[name] ?? null : null;
}
