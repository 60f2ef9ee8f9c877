import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { workEntrySchema } from '../../../preload/contract/gig-section';
import { earnedMinor } from '../../../renderer/src/domain/gig/gig-money';
import {
  guessDateOrder,
  guessMapping,
  readAmount,
  readCurrency,
  readMinutes,
  type ColumnMapping,
} from '../../../renderer/src/domain/gig/payout-columns';
import {
  applyMapping,
  MAX_PAYOUT_BYTES,
  MAX_PAYOUT_ROWS,
  payoutToEntry,
  readPayoutFile,
  type MappingChoice,
} from '../../../renderer/src/domain/gig/payout-import';

const utf8 = (text: string) => new TextEncoder().encode(text);
const choice = (mapping: ColumnMapping, overrides: Partial<MappingChoice> = {}): MappingChoice => ({
  mapping,
  dateOrder: 'dmy',
  defaultCurrency: 'USD',
  locale: 'en-US',
  ...overrides,
});

const ENGLISH = [
  'Date,Project,Hours,Amount (USD),Fee,Payout date',
  '2026-11-02,Finance rubric,2.5,52.50,1.50,2026-11-09',
  '2026-11-03,Finance rubric,1:40,35.00,,2026-11-09',
].join('\r\n');

describe('reading a payout statement', () => {
  it('guesses an English header, its currency, and reads every row', () => {
    const file = readPayoutFile(utf8(ENGLISH));
    if (!file.ok) throw new Error(file.refusal.code);
    expect(file.guess).toEqual({
      workDay: 0,
      paidOn: 5,
      amount: 3,
      fee: 4,
      currency: null,
      project: 1,
      hours: 2,
      tasks: null,
      note: null,
    });
    expect(file.currencyHint).toBe('USD');
    expect(file.dateOrder).toBeNull(); // ISO days only: nothing to settle
    expect(file.samples).toHaveLength(2);
    const applied = applyMapping(file.text, choice(file.guess));
    if (!applied.ok) throw new Error(applied.refusal.code);
    expect(applied.rows).toEqual([
      {
        row: 2,
        ok: true,
        // 2.5 h = 150 min; $52.50 less a $1.50 fee
        payout: {
          day: '2026-11-02',
          paidOn: '2026-11-09',
          amountMinor: 5250,
          feeMinor: 150,
          currency: 'USD',
          project: 'Finance rubric',
          paidMinutes: 150,
          tasks: 0,
          note: '',
        },
      },
      {
        row: 3,
        ok: true,
        payout: {
          day: '2026-11-03',
          paidOn: '2026-11-09',
          amountMinor: 3500,
          feeMinor: 0,
          currency: 'USD',
          project: 'Finance rubric',
          paidMinutes: 100,
          tasks: 0,
          note: '',
        },
      },
    ]);
  });

  it('reads a French Excel file: semicolons, Windows-1252, day-first dates, decimal commas', () => {
    const text = [
      'Date de travail;Montant;Devise;Frais;Durée;Projet',
      '03/11/2026;1 234,50;EUR;0;1,5;Révision',
      '15/11/2026;66,00;€;;;Tâches',
    ].join('\r\n');
    // Windows-1252: Latin-1 for the accents, 0x80 for the euro sign.
    const file = readPayoutFile(new Uint8Array(Buffer.from(text.replace('€', '\x80'), 'latin1')));
    if (!file.ok) throw new Error(file.refusal.code);
    expect(file.encoding).toBe('windows-1252');
    expect(file.guess).toMatchObject({
      workDay: 0,
      amount: 1,
      currency: 2,
      fee: 3,
      hours: 4,
      project: 5,
      paidOn: null,
    });
    expect(file.dateOrder).toBe('dmy'); // 15/11 settles it
    const applied = applyMapping(file.text, choice(file.guess, { locale: 'fr-FR', defaultCurrency: 'EUR' }));
    if (!applied.ok) throw new Error(applied.refusal.code);
    const [first, second] = applied.rows;
    // No payment-day column: the row's day stands for both.
    expect(first).toMatchObject({
      ok: true,
      payout: {
        day: '2026-11-03',
        paidOn: '2026-11-03',
        amountMinor: 123450,
        paidMinutes: 90,
        project: 'Révision',
      },
    });
    expect(second).toMatchObject({
      ok: true,
      payout: { day: '2026-11-15', amountMinor: 6600, currency: 'EUR' },
    });
  });

  it('knows a payment-date column from a work-date column, in both languages', () => {
    expect(guessMapping(['Date de paiement', 'Montant net']).mapping).toMatchObject({
      paidOn: 0,
      workDay: null,
      amount: 1,
    });
    expect(guessMapping(['Payment Date', 'Work date', 'Earnings']).mapping).toMatchObject({
      paidOn: 0,
      workDay: 1,
      amount: 2,
    });
    expect(guessMapping(['Colonne A', 'Colonne B']).mapping.amount).toBeNull();
  });

  it('says what is wrong with each bad row and keeps the good ones', () => {
    const text = [
      'date,amount,currency,fee,hours',
      '31/02/2026,10.00,USD,,',
      '2026-11-05,-5.00,USD,,',
      '2026-11-06,abc,USD,,',
      '2026-11-07,10.00,BTC,,',
      '2026-11-08,10.00,USD,12.00,',
      '2026-11-09,,USD,,',
      '2026-11-10,10.00,$,,25:00',
      '2026-11-11,"10.00,USD,,',
    ].join('\n');
    const file = readPayoutFile(utf8(text));
    if (!file.ok) throw new Error(file.refusal.code);
    const applied = applyMapping(file.text, choice(file.guess));
    if (!applied.ok) throw new Error(applied.refusal.code);
    const problems = applied.rows.map((r) =>
      r.ok ? 'ok' : r.problems.map((p) => `${p.field}:${p.code}`).join(' '),
    );
    expect(problems).toEqual([
      'workDay:bad-date',
      'amount:negative-amount',
      'amount:bad-amount',
      'currency:unknown-currency',
      'fee:fee-above-amount',
      'amount:missing',
      // "$" could be five currencies; 25 hours do not fit in a day
      'currency:unknown-currency hours:bad-hours',
      // The open quote swallowed the rest of the line into the amount.
      'row:quote-unclosed amount:bad-amount',
    ]);
  });

  it('refuses what it cannot import whole, before any preview', () => {
    expect(readPayoutFile(new Uint8Array(MAX_PAYOUT_BYTES + 1))).toMatchObject({
      ok: false,
      refusal: { code: 'too-large' },
    });
    expect(readPayoutFile(utf8('date,amount\r\n'))).toMatchObject({
      ok: false,
      refusal: { code: 'no-rows' },
    });
    expect(readPayoutFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toMatchObject({
      ok: false,
      refusal: { code: 'encoding' },
    });
    const many = [
      'date,amount',
      ...Array.from({ length: MAX_PAYOUT_ROWS + 1 }, () => '2026-11-02,1.00'),
    ].join('\n');
    const guess = guessMapping(['date', 'amount']).mapping;
    expect(applyMapping(many, choice(guess))).toMatchObject({
      ok: false,
      refusal: { code: 'too-many-rows' },
    });
    expect(applyMapping(ENGLISH, choice({ ...guess, amount: null }))).toEqual({
      ok: false,
      refusal: { code: 'unmapped', fields: ['amount'] },
    });
    expect(applyMapping(ENGLISH, choice({ ...guess, workDay: null }))).toMatchObject({
      ok: false,
      refusal: { fields: ['workDay'] },
    });
  });
});

describe('cells', () => {
  it('reads the order of slashed dates only when a day above 12 settles it', () => {
    expect(guessDateOrder(['03/04/2026'])).toBe('ambiguous');
    expect(guessDateOrder(['03/04/2026', '13/04/2026'])).toBe('dmy');
    expect(guessDateOrder(['04/13/2026'])).toBe('mdy');
    expect(guessDateOrder(['13/04/2026', '04/13/2026'])).toBe('ambiguous');
  });

  it('reads amounts, currencies and hours as people write them', () => {
    expect(readAmount('$1,234.50', 'en-US')).toEqual({ ok: true, minor: 123450 });
    expect(readAmount('USD 52.5', 'en-US')).toEqual({ ok: true, minor: 5250 });
    expect(readAmount('(5.00)', 'en-US')).toEqual({ ok: false, code: 'negative-amount' });
    expect(readCurrency('usd')).toBe('USD');
    expect(readCurrency('€')).toBe('EUR');
    expect(readCurrency('$')).toBeNull();
    expect(readMinutes('1:30')).toBe(90);
    expect(readMinutes('2,25')).toBe(135);
    expect(readMinutes('two')).toBeNull();
  });
});

describe('from a payout to a log entry', () => {
  test.prop([fc.integer({ min: 0, max: 1_000_000_00 }), fc.nat(), fc.integer({ min: 0, max: 1440 })])(
    'earns exactly what the statement says and splits it into received and fees',
    (amount, feeSeed, minutes) => {
      const fee = feeSeed % (amount + 1);
      const entry = payoutToEntry(
        {
          day: '2026-11-02',
          paidOn: '2026-11-09',
          amountMinor: amount,
          feeMinor: fee,
          currency: 'USD',
          project: '',
          paidMinutes: minutes,
          tasks: 0,
          note: '',
        },
        'mercor',
        'mercor-payout-1',
      );
      expect(workEntrySchema.safeParse(entry).success).toBe(true);
      expect(earnedMinor(entry)).toBe(amount);
      expect(entry.payout!.receivedMinor + entry.payout!.feesMinor).toBe(amount);
    },
  );
});
