import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptySkillsSection, skillsSectionSchema } from '../../../preload/contract/skills-section';
import { MAX_RESUME_BYTES, mergeResume, readJsonResume } from '../../../renderer/src/domain/json-resume';
import { fixtureBytes } from '../../support/fixtures';

const resume = JSON.parse(fixtureBytes('resumes/nurse.json').toString('utf8')) as unknown;

describe('reading a JSON Resume', () => {
  it('matches skills by name, French name, synonym or keyword, and keeps the rest as the user’s own', () => {
    const result = readJsonResume(JSON.stringify(resume));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.suggestions).toEqual([
      { skillId: 'clinical-practice', level: 3, source: 'json-resume' },
      { skillId: 'programming', level: 1, source: 'json-resume' },
      { skillId: 'statistics', level: 1, source: 'json-resume' },
      { skillId: 'own-wound-care', level: 4, source: 'json-resume' },
      { skillId: 'pharmacology', level: 2, source: 'json-resume' },
    ]);
    expect(result.value.matched).toBe(3);
    expect(result.value.customSkills).toEqual([{ id: 'own-wound-care', name: 'Wound care' }]);
    expect(result.value.background).toEqual({
      work: [
        {
          title: 'Registered nurse',
          organisation: 'City Hospital',
          startDate: '2015-03-01',
          endDate: '2022-06-30',
        },
      ],
      education: [
        { title: 'Bachelor, Nursing', organisation: 'State University', startDate: '', endDate: '' },
      ],
      certificates: [{ title: 'BLS', organisation: 'AHA', startDate: '2021-05-01', endDate: '' }],
    });
  });

  it.each([
    ['{"skills": [ oops', 'not-json'],
    ['[1, 2, 3]', 'not-a-resume'],
    ['{"skills": "many"}', 'not-a-resume'],
    ['{"work": [{"position": 42}]}', 'not-a-resume'],
    ['{}', 'empty'],
    ['{"basics": {"name": "Only a name"}}', 'empty'],
  ])('refuses %s as %s', (text, problem) => {
    expect(readJsonResume(text)).toEqual({ ok: false, problem });
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const huge = JSON.stringify({
      skills: [{ name: 'x'.repeat(100) }],
      padding: 'y'.repeat(MAX_RESUME_BYTES),
    });
    expect(readJsonResume(huge)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('always yields a valid skills section when merged, whatever the resume holds (property)', () => {
    const entry = fc.record({
      name: fc.string({ maxLength: 40 }),
      level: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.array(fc.record({ name: fc.string({ maxLength: 30 }), position: fc.string({ maxLength: 30 }) }), {
          maxLength: 5,
        }),
        (skills, work) => {
          const result = readJsonResume(JSON.stringify({ skills, work }));
          if (!result.ok) return;
          expect(skillsSectionSchema.safeParse(mergeResume(emptySkillsSection(), result.value)).success).toBe(
            true,
          );
        },
      ),
    );
  });

  it('never suggests again a skill already rated or already waiting', () => {
    const result = readJsonResume(JSON.stringify(resume));
    if (!result.ok) throw new Error('expected a resume');
    const section = {
      ...emptySkillsSection(),
      ratings: [
        {
          skillId: 'clinical-practice',
          level: 4,
          years: null,
          certificate: '',
          certificateDate: null,
          portfolioUrl: '',
          note: '',
        },
      ],
      suggestions: [{ skillId: 'programming', level: 2, source: 'nurse' }],
    };
    const merged = mergeResume(section, result.value);
    expect(merged.suggestions.map((s) => s.skillId)).toEqual([
      'programming',
      'statistics',
      'own-wound-care',
      'pharmacology',
    ]);
  });
});
