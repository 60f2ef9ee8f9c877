import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptySkillsSection, skillsSectionSchema } from '../../../preload/contract/skills-section';
import {
  MAX_RESUME_BYTES,
  mergeResume,
  readJsonResume,
  readJsonResumeFile,
} from '../../../renderer/src/domain/json-resume';
import { distinctSlug } from '../../../renderer/src/domain/distinct-slug';
import { idSchema } from '../../../preload/contract/skills-section';
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

describe('own skills from a JSON Resume', () => {
  const ownIds = (names: string[]) => {
    const result = readJsonResume(JSON.stringify({ skills: names.map((name) => ({ name })) }));
    if (!result.ok) throw new Error(result.problem);
    return result.value.customSkills;
  };

  it('keeps non-Latin names apart, each under a valid id', () => {
    const own = ownIds(['日本語', 'Русский', 'العربية', '中文', 'C', 'C#', 'C++']);
    expect(own.map((skill) => skill.name)).toEqual([
      '日本語',
      'Русский',
      'العربية',
      '中文',
      'C',
      'C#',
      'C++',
    ]);
    expect(new Set(own.map((skill) => skill.id)).size).toBe(7);
    for (const { id } of own) expect(idSchema.safeParse(id).success).toBe(true);
    // Names the slug keeps whole keep the id an earlier import gave them.
    expect(own.find((skill) => skill.name === 'C')?.id).toBe('own-c');
    expect(own.find((skill) => skill.name === 'Русский')?.id).toMatch(/^own-skill-[0-9a-f]{8}$/);
  });

  it('gives the same name the same id on every import, so a re-import adds nothing twice', () => {
    expect(ownIds(['Русский'])).toEqual(ownIds(['Русский']));
    expect(ownIds(['Soins palliatifs'])).toEqual([{ id: 'own-soins-palliatifs', name: 'Soins palliatifs' }]);
  });

  it('never gives two different names one id, nor an invalid id (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), {
          maxLength: 8,
          selector: (name) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase(),
        }),
        (names) => {
          const ids = names.map((name) => distinctSlug(name, 'skill', 56));
          for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          for (const id of ids) expect(id.length).toBeLessThanOrEqual(56);
          // Case, accents and separators may merge names ("Node.js" and "node js"); nothing else does.
          const loose = (name: string) =>
            name
              .normalize('NFD')
              .replace(/\p{Diacritic}/gu, '')
              .toLowerCase()
              .replace(/[\s\-_.,/&'’:]+/g, '-')
              .replace(/^-+|-+$/g, '');
          for (let i = 0; i < names.length; i += 1)
            for (let j = i + 1; j < names.length; j += 1)
              if (ids[i] === ids[j]) expect(loose(names[i] as string)).toBe(loose(names[j] as string));
        },
      ),
    );
  });
});

describe('reading a JSON Resume file’s bytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads a Windows-1252 file and says so', () => {
    // {"skills":[{"name":"Rédaction"}]} with é as the single byte 0xE9.
    const [before, after] = ['{"skills":[{"name":"R', 'daction"}]}'];
    const result = readJsonResumeFile(new Uint8Array([...utf8(before), 0xe9, ...utf8(after)]));
    expect(result).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      value: { customSkills: [{ name: 'Rédaction' }] },
    });
  });

  it('refuses by size before decoding, and refuses UTF-16 without a mark', () => {
    expect(readJsonResumeFile(new Uint8Array(MAX_RESUME_BYTES + 1))).toEqual({
      ok: false,
      problem: 'too-large',
    });
    const utf16 = new Uint8Array([...utf8('{"skills":[]}')].flatMap((byte) => [byte, 0]));
    expect(readJsonResumeFile(utf16)).toEqual({ ok: false, problem: 'utf-16-no-bom' });
  });
});
