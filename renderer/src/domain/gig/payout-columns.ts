/**
 * The columns of a platform's payout statement: which of our fields each one holds, guessed
 * from common header names in English and French and then confirmed or changed by the user
 * (the mapping step), and how one cell is read. Platforms name and order their columns as
 * they like and change them; nothing here assumes one platform's layout.
 */
import { format, isValid, parse } from 'date-fns';
import { CURRENCY_CODES, type CurrencyCode } from '../../../../preload/contract/document-enums';
import { parseMoneyInput } from '../money';

export const PAYOUT_FIELDS = [
  'workDay',
  'paidOn',
  'amount',
  'fee',
  'currency',
  'project',
  'hours',
  'tasks',
  'note',
] as const;
export type PayoutField = (typeof PAYOUT_FIELDS)[number];
/** For each field, the index of the column that holds it, or null. */
export type ColumnMapping = Record<PayoutField, number | null>;

// Header names seen on statements and exports, lower-case, accents and punctuation removed.
const SYNONYMS: Record<PayoutField, readonly string[]> = {
  workDay: [
    'date',
    'day',
    'work date',
    'date worked',
    'task date',
    'period',
    'jour',
    'date de travail',
    'date de la tache',
  ],
  paidOn: [
    'paid on',
    'paid date',
    'date paid',
    'payout date',
    'payment date',
    'transfer date',
    'settlement date',
    'date de paiement',
    'date de versement',
    'date du virement',
    'verse le',
    'paye le',
  ],
  amount: [
    'amount',
    'gross',
    'gross amount',
    'earnings',
    'pay',
    'total',
    'payout',
    'payout amount',
    'montant',
    'montant brut',
    'brut',
    'gains',
    'remuneration',
    'revenu',
  ],
  fee: ['fee', 'fees', 'commission', 'processing fee', 'transfer fee', 'frais', 'frais de transfert'],
  currency: ['currency', 'ccy', 'devise', 'monnaie'],
  project: ['project', 'project name', 'task', 'assignment', 'description', 'projet', 'mission', 'tache'],
  hours: ['hours', 'hours worked', 'duration', 'time', 'time worked', 'heures', 'duree', 'temps'],
  tasks: ['tasks', 'units', 'tasks completed', 'quantity', 'taches', 'unites', 'quantite'],
  note: ['note', 'notes', 'comment', 'memo', 'remarque', 'commentaire'],
};

export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How well a header names a field: the length of the longest synonym it is or starts with. */
function score(header: string, field: PayoutField): number {
  let best = 0;
  for (const synonym of SYNONYMS[field])
    if ((header === synonym || header.startsWith(`${synonym} `)) && synonym.length > best)
      best = synonym.length;
  return best;
}

/**
 * Each column goes to the field whose name it matches most specifically ("Date de paiement"
 * is the paid-on day, not the work day); each field keeps its first column. Also a currency
 * named in a header ("Amount (USD)"), to use when no column gives one.
 */
export function guessMapping(header: readonly string[]): {
  mapping: ColumnMapping;
  currencyHint: CurrencyCode | null;
} {
  const mapping = Object.fromEntries(PAYOUT_FIELDS.map((field) => [field, null])) as ColumnMapping;
  let currencyHint: CurrencyCode | null = null;
  header.forEach((raw, index) => {
    const name = normaliseHeader(raw);
    let chosen: PayoutField | null = null;
    let best = 0;
    for (const field of PAYOUT_FIELDS) {
      const s = score(name, field);
      if (s > best) [chosen, best] = [field, s];
    }
    if (chosen !== null && mapping[chosen] === null) mapping[chosen] = index;
    currencyHint ??= CURRENCY_CODES.find((code) => name.split(' ').includes(code.toLowerCase())) ?? null;
  });
  return { mapping, currencyHint };
}

export type DateOrder = 'dmy' | 'mdy';
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_START = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/;

/**
 * 03/04/2026 is 3 April in France and March 4 in the US: the order is read from the file
 * when a day above 12 settles it, and otherwise the user picks it.
 */
export function guessDateOrder(cells: readonly string[]): DateOrder | 'ambiguous' {
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const match = SLASHED.exec(cell.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dmy = true;
    if (Number(match[2]) > 12) mdy = true;
  }
  if (dmy === mdy) return 'ambiguous';
  return dmy ? 'dmy' : 'mdy';
}

/** An ISO day (a time after it is ignored) or a slashed day in the chosen order; null otherwise. */
export function readDay(text: string, order: DateOrder): string | null {
  const trimmed = text.trim();
  const iso = ISO_START.exec(trimmed);
  const reference = new Date(2000, 0, 1);
  const parsed = iso
    ? parse(iso[1] ?? '', 'yyyy-MM-dd', reference)
    : SLASHED.test(trimmed)
      ? parse(trimmed.replace(/[.-]/g, '/'), order === 'dmy' ? 'd/M/yyyy' : 'M/d/yyyy', reference)
      : null;
  if (parsed === null || !isValid(parsed) || parsed.getFullYear() < 2000 || parsed.getFullYear() > 2100)
    return null;
  return format(parsed, 'yyyy-MM-dd');
}

export type AmountReading =
  { ok: true; minor: number } | { ok: false; code: 'bad-amount' | 'negative-amount' };

/** A money cell ("$1,234.50", "1 234,50 €", "USD 52.5"); a minus sign or brackets is a reversal. */
export function readAmount(text: string, locale: string): AmountReading {
  const trimmed = text.trim();
  if (/^\(.*\)$/.test(trimmed) || /[-−]\s*[\d.,]/.test(trimmed))
    return { ok: false, code: 'negative-amount' };
  const withoutCode = trimmed.replace(/\b[A-Z]{3}\b/g, '');
  const minor = parseMoneyInput(withoutCode, locale);
  return minor === null ? { ok: false, code: 'bad-amount' } : { ok: true, minor };
}

const SYMBOLS: Record<string, CurrencyCode> = {
  '€': 'EUR',
  '£': 'GBP',
  US$: 'USD',
  C$: 'CAD',
  A$: 'AUD',
  NZ$: 'NZD',
};

/** A currency cell: an ISO code or an unambiguous symbol ("$" alone is not: five currencies use it). */
export function readCurrency(text: string): CurrencyCode | null {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  return CURRENCY_CODES.find((code) => code === upper) ?? SYMBOLS[trimmed] ?? null;
}

/** Hours as "1.5", "1,5" or "1:30" → minutes, rounded to the minute; null if unreadable. */
export function readMinutes(text: string): number | null {
  const trimmed = text.trim();
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(trimmed);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (!/^\d{1,3}(?:[.,]\d{1,4})?$/.test(trimmed)) return null;
  return Math.round(Number(trimmed.replace(',', '.')) * 60);
}
