// Payment evidence that does not depend on a language's words: account identifiers checked by their own check
// digits (IBAN, Norwegian and other mod-11 account numbers), sort codes, numbers beside a payment service's name,
// links to payment services, and money amounts written with a currency (codes and symbols from Intl, generated
// into lib/rules/currencies.json). A story *about* a bank names IBANs and sort codes in sentences; a payment line
// carries the identifier itself, so identifiers count only in short lines.
import SERVICES from '../rules/payment-services.json';
import CURRENCIES from '../rules/currencies.json';

export interface PaymentEvidence {
  /** A checked account identifier (IBAN with a valid checksum, a mod-11 account number) or a service + number. */
  identifier: string | null;
  /** A payment or donation service named beside a number, an address or a handle. */
  service: string | null;
  /** A checked identifier inside a long line (an appeal written as one paragraph, or a story quoting one). */
  inProse: string | null;
  /** A service named in a long line (a story about PayPal, or an appeal written as prose): weaker. */
  serviceInProse: string | null;
  /** Money amounts with a currency (count). */
  amounts: number;
  /** An amount followed by a period ("€5/month", "5 € / Monat"): a membership or a regular gift. */
  periodic: boolean;
}

/** Lines longer than this are prose: an identifier inside them is talked about, not given. */
export const PAYMENT_LINE_MAX = 160;

const IBAN = /\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){11,30})\b/gi;

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

/** Mod-11 check digit with weights 2..7 from the right (Norwegian 11-digit accounts, and others like them). */
export function validMod11(digits: string): boolean {
  if (digits.length !== 11) return false;
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += w[i] * Number(digits[i]);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[10]);
}

// A grouped number: digits with separators inside, as account numbers, sort codes and phone numbers are written.
const GROUPED = /(?<![\d.,])\d{2,6}(?:[ .\-/\u00a0]\d{2,8}){1,5}(?![\d,]|\.\d)/g;
const SORT_CODE = /(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])/;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

interface ServiceMatcher { name: string; re: RegExp; domains: string[] }
let services: ServiceMatcher[] | null = null;
function serviceMatchers(): ServiceMatcher[] {
  if (services) return services;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  services = SERVICES.services.map((s) => ({
    name: s.name,
    re: s.names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${s.names.map(esc).join('|')})(?![\\p{L}])`, 'iu') : /(?!)/,
    domains: s.domains,
  }));
  return services;
}

/** The payment service a link points to, or null. */
export function paymentServiceOfUrl(href: string): string | null {
  const h = href.toLowerCase().replace(/^[a-z]+:\/\/(www\.)?/, '');
  for (const s of serviceMatchers()) for (const d of s.domains) if (h.startsWith(d)) return s.name;
  return null;
}

let amountRe: RegExp | null = null;
/** Amounts with a currency: "€5", "5 €", "NOK 200", "200 kr", "R$ 10,00", "₹500", "KSh 100". */
function amounts(): RegExp {
  if (amountRe) return amountRe;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Single Latin letters (K, L, P, R…) stand for too much else; longer symbols and codes are kept.
  const syms = CURRENCIES.symbols.filter((s) => !/^[A-Za-z]\.?$/.test(s)).sort((a, b) => b.length - a.length).map(esc);
  const cur = `(?:${[...syms, ...CURRENCIES.codes].join('|')}|\\p{Sc})`;
  const num = `\\d{1,3}(?:[.,\\s\u00a0']\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?`;
  amountRe = new RegExp(`(?<![\\p{L}\\d])(?:${cur}\\s?(?:${num})|(?:${num})\\s?${cur})(?![\\p{L}\\d])(\\s?/\\s?\\p{L}{1,8}\\.?(?![\\p{L}]))?`, 'gu');
  return amountRe;
}

/** Payment evidence of a block's text (its lines are judged one by one: a payment line is short). */
export function paymentEvidence(text: string): PaymentEvidence {
  const out: PaymentEvidence = { identifier: null, inProse: null, service: null, serviceInProse: null, amounts: 0, periodic: false };
  const hasDigit = /\d/.test(text);
  for (const line of text.split('\n')) {
    if (line.length > PAYMENT_LINE_MAX) {
      if (hasDigit) { countAmounts(line, out); if (line.length <= PAYMENT_LINE_MAX * 4) out.inProse ??= identifierIn(line); }
      if (line.length <= PAYMENT_LINE_MAX * 4) out.serviceInProse ??= serviceIn(line);
      continue;
    }
    if (hasDigit) {
      out.identifier ??= identifierIn(line);
      countAmounts(line, out);
    }
    out.service ??= serviceIn(line);
  }
  return out;
}

function countAmounts(line: string, out: PaymentEvidence): void {
  if (!/\d/.test(line)) return;
  const re = amounts();
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) { out.amounts++; if (m[1]) out.periodic = true; }
}

/** A checked identifier in a short line, or a service named beside a number or handle. */
function identifierIn(line: string): string | null {
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(line); m; m = IBAN.exec(line)) if (validIban(m[1])) return 'iban';
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

function serviceIn(line: string): string | null {
  for (const s of serviceMatchers()) if (s.re.test(line)) return s.name;
  return null;
}
