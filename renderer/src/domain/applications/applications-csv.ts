/**
 * Every application as CSV rows, and back. Column names are stable English keys whatever the
 * interface language, so a file exported in French imports in English. History, contacts and
 * assessments are JSON in their cells: a spreadsheet shows them, and a round trip keeps them
 * exactly. Reading never throws: each row comes back as an application or as its problems.
 */
import {
  SCAM_SIGN_CODES,
  type ScamSignCode,
  applicationSchema,
  CONTRACT_TYPES,
  PAY_UNITS,
  type Application,
} from '../../../../preload/contract/applications-section';
import { idSchema } from '../../../../preload/contract/skills-section';
import { CURRENCY_CODES, type CurrencyCode } from '../../../../preload/contract/document-enums';
import { moneyInputText, parseMoneyInput } from '../money';
import type { CsvProblemCode } from './csv';

export const APPLICATION_COLUMNS = [
  'id',
  'organisation',
  'role',
  'domain',
  'stage',
  'source',
  'link',
  'pay_min',
  'pay_max',
  'pay_unit',
  'currency',
  'units_per_week',
  'contract',
  'location',
  'remote',
  'found_on',
  'applied_on',
  'deadline',
  'next_action',
  'next_action_due',
  'resume_version',
  'tags',
  'notes',
  'expected_start',
  'likelihood',
  'scam_signs',
  'history',
  'contacts',
  'assessments',
] as const;
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number];

const json = (value: unknown[]) => (value.length === 0 ? '' : JSON.stringify(value));

export function applicationRow(a: Application): string[] {
  const cells: Record<ApplicationColumn, string> = {
    id: a.id,
    organisation: a.organisation,
    role: a.role,
    domain: a.domainId ?? '',
    stage: a.stageId,
    source: a.source,
    link: a.link,
    pay_min: a.pay ? moneyInputText(a.pay.minMinor, 'en') : '',
    pay_max: a.pay?.maxMinor != null ? moneyInputText(a.pay.maxMinor, 'en') : '',
    pay_unit: a.pay?.unit ?? '',
    currency: a.pay?.currency ?? '',
    units_per_week: a.pay?.unitsPerWeek == null ? '' : String(a.pay.unitsPerWeek),
    contract: a.contract,
    location: a.location,
    remote: a.remote ? 'yes' : 'no',
    found_on: a.foundOn ?? '',
    applied_on: a.appliedOn ?? '',
    deadline: a.deadline ?? '',
    next_action: a.nextAction,
    next_action_due: a.nextActionDue ?? '',
    resume_version: a.resumeVersion,
    tags: a.tags.join('; '),
    notes: a.notes,
    expected_start: a.expectedStart ?? '',
    likelihood: a.likelihood === null ? '' : String(a.likelihood),
    scam_signs: a.scamSigns.join('; '),
    history: json(a.history),
    contacts: json(a.contacts),
    assessments: json(a.assessments),
  };
  return APPLICATION_COLUMNS.map((column) => cells[column]);
}

export type RowProblemCode =
  | 'required'
  | 'date'
  | 'amount'
  | 'choice'
  | 'stage'
  | 'json'
  | 'number'
  | 'per-week'
  | 'invalid'
  // The CSV itself was broken on this row (see CsvProblemCode).
  | CsvProblemCode;
export interface RowProblem {
  column: string;
  code: RowProblemCode;
}
export type ImportedRow =
  | { row: number; ok: true; application: Application; keptId: boolean }
  | { row: number; ok: false; organisation: string; problems: RowProblem[] };

export interface ImportContext {
  /** A stage id from its id or its shown name, or null when there is no such stage. */
  stageId: (text: string) => string | null;
  /** A typed day (ISO or the locale's short form) as ISO, or null. */
  parseDay: (text: string) => string | null;
  numberLocale: string;
  currency: CurrencyCode;
  today: string;
}

const YES = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'vrai']);

/** Reads one data row (1-based `row`) under `header`; unknown columns are ignored. */
export function readApplicationRow(
  header: readonly string[],
  cells: readonly string[],
  row: number,
  context: ImportContext,
): ImportedRow {
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const cell = (column: ApplicationColumn) => (cells[index.get(column) ?? -1] ?? '').trim();
  const problems: RowProblem[] = [];
  const problem = (column: string, code: RowProblemCode) => problems.push({ column, code });
  const day = (column: ApplicationColumn) => {
    const text = cell(column);
    if (text === '') return null;
    const parsed = context.parseDay(text);
    if (parsed === null) problem(column, 'date');
    return parsed;
  };
  const amount = (column: ApplicationColumn) => {
    const text = cell(column);
    if (text === '') return null;
    const parsed = parseMoneyInput(text, context.numberLocale);
    if (parsed === null) problem(column, 'amount');
    return parsed;
  };
  const choice = <T extends string>(column: ApplicationColumn, allowed: readonly T[], fallback: T): T => {
    const text = cell(column).toLowerCase();
    if (text === '') return fallback;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    problem(column, 'choice');
    return fallback;
  };
  const list = (column: ApplicationColumn): unknown[] => {
    const text = cell(column);
    if (text === '') return [];
    try {
      const value: unknown = JSON.parse(text);
      if (Array.isArray(value)) return value;
    } catch {
      // Reported below, with the other problems of this row.
    }
    problem(column, 'json');
    return [];
  };

  // Older files and other trackers have no such column: no sign ticked.
  const scamSigns = (): ScamSignCode[] => {
    const codes = cell('scam_signs')
      .split(/[;,]/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean);
    if (codes.some((code) => !(SCAM_SIGN_CODES as readonly string[]).includes(code))) {
      problem('scam_signs', 'choice');
      return [];
    }
    return [...new Set(codes)] as ScamSignCode[];
  };
  const organisation = cell('organisation');
  if (organisation === '') problem('organisation', 'required');
  const stageText = cell('stage');
  const stageId = stageText === '' ? 'saved' : context.stageId(stageText);
  if (stageId === null) problem('stage', 'stage');
  const minMinor = amount('pay_min');
  const maxMinor = amount('pay_max');
  const perWeekText = cell('units_per_week');
  const unitsPerWeek = perWeekText === '' ? null : Number(perWeekText.replace(',', '.'));
  if (unitsPerWeek !== null && !(Number.isFinite(unitsPerWeek) && unitsPerWeek >= 0 && unitsPerWeek <= 168))
    problem('units_per_week', 'per-week');
  const likelihoodText = cell('likelihood');
  const likelihood = likelihoodText === '' ? null : Number(likelihoodText.replace('%', ''));
  if (likelihood !== null && !(Number.isInteger(likelihood) && likelihood >= 0 && likelihood <= 100))
    problem('likelihood', 'number');
  const candidate = {
    id: cell('id'),
    organisation,
    role: cell('role'),
    domainId: cell('domain') || null,
    source: cell('source'),
    link: cell('link'),
    pay:
      minMinor === null
        ? null
        : {
            minMinor,
            maxMinor,
            unit: choice('pay_unit', PAY_UNITS, 'month'),
            currency: choice(
              'currency',
              CURRENCY_CODES.map((c) => c.toLowerCase()),
              context.currency.toLowerCase(),
            ).toUpperCase(),
            unitsPerWeek: problems.some((p) => p.column === 'units_per_week') ? null : unitsPerWeek,
          },
    contract: choice('contract', CONTRACT_TYPES, 'other'),
    location: cell('location'),
    remote: YES.has(cell('remote').toLowerCase()),
    foundOn: day('found_on'),
    appliedOn: day('applied_on'),
    deadline: day('deadline'),
    stageId: stageId ?? 'saved',
    history: list('history'),
    nextAction: cell('next_action'),
    nextActionDue: day('next_action_due'),
    contacts: list('contacts'),
    assessments: list('assessments'),
    resumeVersion: cell('resume_version'),
    notes: cell('notes'),
    tags: cell('tags')
      .split(/[;,]/)
      .map((tag) => tag.trim())
      .filter(Boolean),
    expectedStart: day('expected_start'),
    likelihood: problems.some((p) => p.column === 'likelihood') ? null : likelihood,
    scamSigns: scamSigns(),
  };
  // A file from another tracker has no history: start one, so statistics count the row.
  if (candidate.history.length === 0 && candidate.stageId !== 'saved') {
    candidate.history = [
      { stageId: candidate.stageId, on: candidate.appliedOn ?? candidate.foundOn ?? context.today, note: '' },
    ];
  }
  const givenId = cell('id');
  const keptId = idSchema.safeParse(givenId).success;
  const parsed = applicationSchema.safeParse({ ...candidate, id: keptId ? givenId : 'new' });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOf(String(issue.path[0] ?? ''));
      if (!problems.some((p) => p.column === column)) problem(column, 'invalid');
    }
  }
  if (problems.length > 0 || !parsed.success) return { row, ok: false, organisation, problems };
  return { row, ok: true, application: parsed.data, keptId };
}

const FIELD_TO_COLUMN: Record<string, ApplicationColumn> = {
  domainId: 'domain',
  stageId: 'stage',
  pay: 'pay_min',
  foundOn: 'found_on',
  appliedOn: 'applied_on',
  nextAction: 'next_action',
  nextActionDue: 'next_action_due',
  resumeVersion: 'resume_version',
  expectedStart: 'expected_start',
  scamSigns: 'scam_signs',
};
const columnOf = (field: string): string => FIELD_TO_COLUMN[field] ?? field;
