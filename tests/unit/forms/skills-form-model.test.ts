import { describe, expect, it } from 'vitest';
import { issuesOf } from './issues';
import {
  customDomainSchema,
  SKILLS_LIMITS,
  skillRatingSchema,
  type SkillRating,
} from '../../../preload/contract/skills-section';
import { dateLocale } from '../../../renderer/src/domain/dates';
import {
  domainEditorSchema,
  requirementsProblem,
  toCustomDomain,
  toDomainEditorValues,
} from '../../../renderer/src/features/skills/editor/domain-editor-form-model';
import {
  ownSkillId,
  ownSkillSchema,
} from '../../../renderer/src/features/skills/inventory/own-skill-form-model';
import {
  evidenceFormSchema,
  toEvidenceValues,
  toRatingWithEvidence,
  yearsFromText,
} from '../../../renderer/src/features/skills/inventory/evidence-form-model';

const french = { dateLocale: dateLocale('fr', 'FR'), numberLocale: 'fr-FR' };

const rating: SkillRating = {
  skillId: 'teaching',
  level: 3,
  years: 2.5,
  certificate: 'CAPES',
  certificateDate: '2019-07-04',
  portfolioUrl: '',
  note: '',
};

describe('the evidence form model', () => {
  it('shows a rating’s evidence the French way and reads it back unchanged', () => {
    const values = toEvidenceValues(rating, french);
    expect(values).toMatchObject({ years: '2,5', certificateDate: '04/07/2019' });
    expect(evidenceFormSchema(french).safeParse(values).success).toBe(true);
    expect(toRatingWithEvidence(rating, values, french)).toEqual(rating);
  });

  it('takes years in halves within the contract’s range, with a comma or a point', () => {
    const { min, max } = SKILLS_LIMITS.years;
    expect(['0', '2,5', '2.5', '.5', String(max)].map(yearsFromText)).toEqual([min, 2.5, 2.5, 0.5, max]);
    for (const bad of ['2.3', String(max + 0.5), '-1', 'deux', '1,000'])
      expect(yearsFromText(bad), bad).toBeNull();
    expect(skillRatingSchema.shape.years.safeParse(max + 0.5).success).toBe(false);
    expect(skillRatingSchema.shape.years.safeParse(2.3).success).toBe(false);
  });

  it('names each bad field and keeps the text limits of the contract', () => {
    const values = {
      ...toEvidenceValues(rating, french),
      years: '2.3',
      certificate: 'x'.repeat(SKILLS_LIMITS.certificate + 1),
      certificateDate: '31/02/2019',
      note: 'x'.repeat(SKILLS_LIMITS.note),
    };
    expect(issuesOf(evidenceFormSchema(french).safeParse(values))).toEqual([
      ['years', { key: 'skills.evidence.yearsInvalid', values: {} }],
      ['certificate', { key: 'errors.tooLong', values: { max: SKILLS_LIMITS.certificate, count: 1 } }],
      ['certificateDate', { key: 'errors.dateInvalid', values: {} }],
    ]);
    expect(skillRatingSchema.safeParse({ ...rating, note: 'x'.repeat(SKILLS_LIMITS.note) }).success).toBe(
      true,
    );
    expect(
      skillRatingSchema.safeParse({ ...rating, certificate: 'x'.repeat(SKILLS_LIMITS.certificate + 1) })
        .success,
    ).toBe(false);
  });
});

describe('the domain editor form model', () => {
  const domain = {
    id: 'own-palliative-care',
    name: 'Palliative care',
    description: 'Caring for the dying',
    required: [{ skillId: 'teaching', weight: 5, level: 4 }],
    optional: [{ skillId: 'legal-research', weight: 1, level: 1 }],
    gates: [{ id: 'gate-1', kind: 'hard' as const, label: 'Nursing licence' }],
  };

  it('round-trips a domain of the user’s own and drops credentials left blank', () => {
    const values = toDomainEditorValues(domain);
    expect(values.required).toEqual([{ skillId: 'teaching', weight: '5', level: '4' }]);
    expect(domainEditorSchema(true).safeParse(values).success).toBe(true);
    expect(toCustomDomain(domain.id, values)).toEqual(domain);
    const withBlank = {
      ...values,
      gates: [...values.gates, { id: 'gate-2', kind: 'soft' as const, label: ' ' }],
    };
    expect(toCustomDomain(domain.id, withBlank).gates).toEqual(domain.gates);
    expect(customDomainSchema.safeParse(toCustomDomain(domain.id, withBlank)).success).toBe(true);
  });

  it('asks for a name only for the user’s own domain, within the contract’s limit', () => {
    const values = toDomainEditorValues(domain);
    expect(issuesOf(domainEditorSchema(true).safeParse({ ...values, name: ' ' }))).toEqual([
      ['name', { key: 'skills.editor.needName', values: {} }],
    ]);
    expect(domainEditorSchema(false).safeParse({ ...values, name: '' }).success).toBe(true);
    const long = 'x'.repeat(SKILLS_LIMITS.name + 1);
    expect(issuesOf(domainEditorSchema(true).safeParse({ ...values, name: long }))).toEqual([
      ['name', { key: 'errors.tooLong', values: { max: SKILLS_LIMITS.name, count: 1 } }],
    ]);
    expect(customDomainSchema.safeParse({ ...domain, name: long }).success).toBe(false);
    expect(customDomainSchema.safeParse({ ...domain, name: 'x'.repeat(SKILLS_LIMITS.name) }).success).toBe(
      true,
    );
  });

  it('needs one required skill and each skill once', () => {
    const values = toDomainEditorValues(domain);
    expect(requirementsProblem(values)).toBeNull();
    expect(requirementsProblem({ ...values, required: [] })).toBe('skills.editor.needRequired');
    expect(requirementsProblem({ ...values, optional: values.required })).toBe('skills.editor.duplicate');
  });
});

describe('the own skill form model', () => {
  it('takes a name up to the contract’s limit and gives it a readable, unique id', () => {
    const max = SKILLS_LIMITS.name;
    expect(ownSkillSchema().safeParse({ name: 'x'.repeat(max) }).success).toBe(true);
    expect(issuesOf(ownSkillSchema().safeParse({ name: 'x'.repeat(max + 1) }))).toEqual([
      ['name', { key: 'errors.tooLong', values: { max, count: 1 } }],
    ]);
    expect(issuesOf(ownSkillSchema().safeParse({ name: '  ' }))).toEqual([
      ['name', { key: 'errors.required', values: {} }],
    ]);
    expect(ownSkillId({ name: ' Soins palliatifs ' }, new Set())).toBe('own-soins-palliatifs');
    expect(ownSkillId({ name: 'Soins palliatifs' }, new Set(['own-soins-palliatifs']))).toBe(
      'own-soins-palliatifs-2',
    );
  });
});
