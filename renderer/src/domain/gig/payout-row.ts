/**
 * One row of a payout statement under the user's column mapping: a payout, or every problem
 * that stops it (all of them at once, so the user fixes a row in one go). Limits are the gig
 * section's own, so an imported row always fits the log.
 */
import type { CurrencyCode } from '../../../../preload/contract/document-enums';
import { GIG_LIMITS } from '../../../../preload/contract/gig-section';
import type { CsvProblemCode } from '../applications/csv';
import {
  readAmount,
  readCurrency,
  readDay,
  readMinutes,
  type ColumnMapping,
  type DateOrder,
  type PayoutField,
} from './payout-columns';

export interface ImportedPayout {
  day: string;
  paidOn: string;
  amountMinor: number;
  feeMinor: number;
  currency: CurrencyCode;
  project: string;
  paidMinutes: number;
  tasks: number;
  note: string;
}

export type RowProblemCode =
  | CsvProblemCode
  | 'missing'
  | 'bad-date'
  | 'bad-amount'
  | 'negative-amount'
  | 'fee-above-amount'
  | 'unknown-currency'
  | 'bad-hours'
  | 'bad-tasks'
  | 'too-long';

export interface RowProblem {
  field: PayoutField | 'row';
  code: RowProblemCode;
}

export interface MappingChoice {
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  /** Used when no column gives the currency, or a cell is empty. */
  defaultCurrency: CurrencyCode;
  /** For amounts' decimal marks: "1.234" is refused in a locale writing "1,5". */
  locale: string;
}

export function readRow(cells: readonly string[], choice: MappingChoice): ImportedPayout | RowProblem[] {
  const problems: RowProblem[] = [];
  const cell = (field: PayoutField) => {
    const index = choice.mapping[field];
    return index === null ? '' : (cells[index] ?? '').trim();
  };
  const day = (field: 'workDay' | 'paidOn') => {
    if (cell(field) === '') return null;
    const read = readDay(cell(field), choice.dateOrder);
    if (read === null) problems.push({ field, code: 'bad-date' });
    return read;
  };
  const workDay = day('workDay');
  const paidOn = day('paidOn');
  if (cell('workDay') === '' && cell('paidOn') === '') problems.push({ field: 'workDay', code: 'missing' });
  const money = (field: 'amount' | 'fee') => {
    if (cell(field) === '') {
      if (field === 'amount') problems.push({ field, code: 'missing' });
      return 0;
    }
    const read = readAmount(cell(field), choice.locale);
    if (!read.ok) problems.push({ field, code: read.code });
    else if (read.minor > GIG_LIMITS.amountMinor) problems.push({ field, code: 'bad-amount' });
    return read.ok ? read.minor : 0;
  };
  const amountMinor = money('amount');
  const feeMinor = money('fee');
  if (feeMinor > amountMinor) problems.push({ field: 'fee', code: 'fee-above-amount' });
  const currency = cell('currency') === '' ? choice.defaultCurrency : readCurrency(cell('currency'));
  if (currency === null) problems.push({ field: 'currency', code: 'unknown-currency' });
  const paidMinutes = cell('hours') === '' ? 0 : readMinutes(cell('hours'));
  if (paidMinutes === null || paidMinutes > GIG_LIMITS.minutesPerDay)
    problems.push({ field: 'hours', code: 'bad-hours' });
  const tasksText = cell('tasks');
  const tasks = tasksText === '' ? 0 : /^\d{1,6}$/.test(tasksText) ? Number(tasksText) : null;
  if (tasks === null || tasks > GIG_LIMITS.tasksPerEntry)
    problems.push({ field: 'tasks', code: 'bad-tasks' });
  if (cell('project').length > GIG_LIMITS.project) problems.push({ field: 'project', code: 'too-long' });
  if (cell('note').length > GIG_LIMITS.note) problems.push({ field: 'note', code: 'too-long' });
  if (problems.length > 0) return problems;
  // A statement lists payments: without a work-day column the payment day stands for both.
  const paid = paidOn ?? workDay ?? '';
  return {
    day: workDay ?? paid,
    paidOn: paid,
    amountMinor,
    feeMinor,
    currency: currency ?? choice.defaultCurrency,
    project: cell('project'),
    paidMinutes: paidMinutes ?? 0,
    tasks: tasks ?? 0,
    note: cell('note'),
  };
}
