import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import {
  APPLICATION_LIMITS,
  applicationSchema,
  type Application,
} from '../../../preload/contract/applications-section';
import { dateLocale } from '../../../renderer/src/domain/dates';
import { BLANK_APPLICATION } from '../../../renderer/src/domain/applications/new-application';
import {
  applicationFormSchema,
  blankAssessment,
  blankContact,
  toApplicationFields,
  toFormValues,
} from '../../../renderer/src/features/applications/detail/application-form-model';

const french = { dateLocale: dateLocale('fr', 'FR'), numberLocale: 'fr-FR' };
const american = { dateLocale: dateLocale('en', 'US'), numberLocale: 'en-US' };

const full: Application = {
  ...BLANK_APPLICATION,
  id: 'lexdata',
  organisation: 'LexData',
  role: 'Legal AI tutor',
  link: 'https://lexdata.example/jobs/1',
  pay: { minMinor: 4550, maxMinor: 6000, unit: 'hour', currency: 'EUR', unitsPerWeek: 7.5 },
  foundOn: '2026-11-02',
  appliedOn: '2026-11-05',
  nextAction: 'Send the writing sample',
  nextActionDue: '2026-12-03',
  contacts: [
    {
      name: 'Inès',
      role: 'Recruiter',
      email: 'ines@lexdata.example',
      phone: '',
      notes: '',
      lastContacted: '2026-11-20',
    },
  ],
  assessments: [{ kind: 'Writing test', deadline: '2026-12-10', result: '' }],
  tags: ['law', 'remote'],
  expectedStart: '2027-01-04',
  likelihood: 60,
};
// The ticked scam signs are not the form's: the application's page ticks them.
const { id: _id, stageId: _stage, history: _history, scamSigns: _signs, ...fields } = full;

describe('the application form model', () => {
  it.each([
    [
      'French',
      french,
      { payMin: '45,50', foundOn: '02/11/2026', unitsPerWeek: '7,5', contacted: '20/11/2026' },
    ],
    [
      'American',
      american,
      { payMin: '45.50', foundOn: '11/02/2026', unitsPerWeek: '7.5', contacted: '11/20/2026' },
    ],
  ] as const)('shows a saved application the %s way and reads it back unchanged', (_name, locales, shown) => {
    const values = toFormValues(full, 'EUR', locales);
    expect(values).toMatchObject({
      payMin: shown.payMin,
      foundOn: shown.foundOn,
      unitsPerWeek: shown.unitsPerWeek,
      tags: 'law, remote',
      likelihood: '60',
    });
    expect(values.contacts[0]?.lastContacted).toBe(shown.contacted);
    expect(applicationFormSchema(locales).safeParse(values).success).toBe(true);
    expect(toApplicationFields(values, locales)).toEqual(fields);
  });

  it('saves a blank new application with nulls for every empty date and no pay', () => {
    const values = toFormValues(BLANK_APPLICATION, 'EUR', french);
    expect(applicationFormSchema(french).safeParse({ ...values, organisation: 'Acme' }).success).toBe(true);
    expect(toApplicationFields({ ...values, organisation: ' Acme ' }, french)).toMatchObject({
      organisation: 'Acme',
      pay: null,
      foundOn: null,
      likelihood: null,
      contacts: [],
    });
  });

  it('names every bad field, in contacts and assessments too', () => {
    const values = {
      ...toFormValues(BLANK_APPLICATION, 'EUR', french),
      payMax: '10',
      appliedOn: '31/02/2026',
      contacts: [{ ...blankContact(), email: 'not an email' }],
      assessments: [{ ...blankAssessment(), deadline: 'demain' }],
    };
    expect(issuesOf(applicationFormSchema(french).safeParse(values))).toEqual([
      ['organisation', { key: 'errors.required', values: {} }],
      ['appliedOn', { key: 'errors.dateInvalid', values: {} }],
      ['contacts.0.name', { key: 'errors.required', values: {} }],
      ['contacts.0.email', { key: 'applications.errors.email', values: {} }],
      ['assessments.0.kind', { key: 'errors.required', values: {} }],
      ['assessments.0.deadline', { key: 'errors.dateInvalid', values: {} }],
      ['payMin', { key: 'applications.errors.payMinMissing', values: {} }],
    ]);
  });

  const textLimits = [
    ['organisation', APPLICATION_LIMITS.organisation],
    ['role', APPLICATION_LIMITS.role],
    ['source', APPLICATION_LIMITS.source],
    ['location', APPLICATION_LIMITS.location],
    ['nextAction', APPLICATION_LIMITS.nextAction],
    ['resumeVersion', APPLICATION_LIMITS.resumeVersion],
    ['notes', APPLICATION_LIMITS.notes],
  ] as const;

  it.each(textLimits)('takes %s up to %i characters, as the contract does, and no more', (field, max) => {
    const values = toFormValues(full, 'EUR', french);
    const schema = applicationFormSchema(french);
    expect(schema.safeParse({ ...values, [field]: 'x'.repeat(max) }).success).toBe(true);
    expect(issuesOf(schema.safeParse({ ...values, [field]: 'x'.repeat(max + 1) }))).toEqual([
      [field, { key: 'errors.tooLong', values: { max, count: 1 } }],
    ]);
    expect(applicationSchema.safeParse({ ...full, [field]: 'x'.repeat(max) }).success).toBe(true);
    expect(applicationSchema.safeParse({ ...full, [field]: 'x'.repeat(max + 1) }).success).toBe(false);
  });

  it('takes a contact’s and an assessment’s text up to the contract’s limits', () => {
    const values = toFormValues(full, 'EUR', french);
    const { contact, assessment } = APPLICATION_LIMITS;
    const long = {
      ...values,
      contacts: [
        { ...blankContact(), name: 'x'.repeat(contact.name + 1), notes: 'x'.repeat(contact.notes + 1) },
      ],
      assessments: [{ ...blankAssessment(), kind: 'x'.repeat(assessment.kind + 1) }],
    };
    expect(issuesOf(applicationFormSchema(french).safeParse(long))).toEqual([
      ['contacts.0.name', { key: 'errors.tooLong', values: { max: contact.name, count: 1 } }],
      ['contacts.0.notes', { key: 'errors.tooLong', values: { max: contact.notes, count: 1 } }],
      ['assessments.0.kind', { key: 'errors.tooLong', values: { max: assessment.kind, count: 1 } }],
    ]);
  });

  it('takes tags and a likelihood within the contract’s limits', () => {
    const values = toFormValues(full, 'EUR', french);
    const tags = (count: number, length: number) =>
      Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, 'x')).join(', ');
    const accepts = (change: object) =>
      applicationFormSchema(french).safeParse({ ...values, ...change }).success;
    expect(accepts({ tags: tags(APPLICATION_LIMITS.tags, APPLICATION_LIMITS.tag) })).toBe(true);
    expect(accepts({ tags: tags(APPLICATION_LIMITS.tags + 1, 3) })).toBe(false);
    expect(accepts({ tags: tags(1, APPLICATION_LIMITS.tag + 1) })).toBe(false);
    expect(accepts({ likelihood: String(APPLICATION_LIMITS.likelihood.max) })).toBe(true);
    expect(accepts({ likelihood: String(APPLICATION_LIMITS.likelihood.max + 1) })).toBe(false);
  });
});
