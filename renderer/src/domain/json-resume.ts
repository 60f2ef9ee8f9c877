/**
 * Reads a JSON Resume file (jsonresume.org schema) into what the skills section keeps:
 * suggested skills (matched to the catalogue where the name allows, the user's own skills
 * otherwise), work, education and certificates. Pure and all-or-nothing: a malformed file
 * returns a reason and changes nothing.
 */
import { z } from 'zod';
import type { SkillsSection } from '../../../preload/contract/skills-section';
import { catalogueSkills } from './catalogue/catalogue';
import { distinctSlug } from './distinct-slug';
import { decodeText, type DecodeProblem, type TextEncodingName } from './text-decoding';

export const MAX_RESUME_BYTES = 1024 * 1024;

const text = z.string().max(500).optional();
const resumeSchema = z.object({
  basics: z.object({ name: text, label: text }).partial().optional(),
  work: z
    .array(z.object({ name: text, position: text, startDate: text, endDate: text }).partial())
    .max(60)
    .optional(),
  education: z
    .array(
      z.object({ institution: text, area: text, studyType: text, startDate: text, endDate: text }).partial(),
    )
    .max(30)
    .optional(),
  certificates: z
    .array(z.object({ name: text, issuer: text, date: text }).partial())
    .max(60)
    .optional(),
  skills: z
    .array(
      z.object({
        name: z.string().max(120),
        level: text,
        keywords: z.array(z.string().max(80)).max(40).optional(),
      }),
    )
    .max(200)
    .optional(),
});

export type ResumeProblem = 'too-large' | 'not-json' | 'not-a-resume' | 'empty' | DecodeProblem;

export interface ResumeImport {
  suggestions: SkillsSection['suggestions'];
  customSkills: SkillsSection['customSkills'];
  background: SkillsSection['background'];
  matched: number;
}

const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Words people put in resumes for catalogue skills, beyond the skills' own names. */
const SYNONYMS: Record<string, string> = {
  python: 'programming',
  javascript: 'programming',
  typescript: 'programming',
  java: 'programming',
  nursing: 'clinical-practice',
  'patient care': 'clinical-practice',
  bookkeeping: 'accounting',
  'financial modelling': 'financial-analysis',
  'financial modeling': 'financial-analysis',
  rlhf: 'preference-ranking',
  'data annotation': 'labelling-tools',
  'red teaming': 'adversarial-prompting',
  proofreading: 'editing',
  copywriting: 'creative-writing',
};

const byName = new Map<string, string>();
for (const skill of catalogueSkills()) {
  byName.set(normalise(skill.name.en), skill.id);
  byName.set(normalise(skill.name.fr), skill.id);
  byName.set(normalise(skill.id.replace(/-/g, ' ')), skill.id);
}
for (const [word, id] of Object.entries(SYNONYMS)) byName.set(word, id);

const LEVEL_WORDS: Record<string, number> = {
  master: 4,
  expert: 4,
  advanced: 3,
  intermediate: 2,
  beginner: 1,
  basic: 1,
  novice: 1,
};
const levelFrom = (word: string | undefined) => LEVEL_WORDS[normalise(word ?? '')] ?? 2;
// Non-Latin names ("日本語", "Русский") and names that differ only in symbols ("C", "C#")
// keep distinct ids; 56 keeps the ids of earlier imports of Latin names unchanged.
const ownSkillId = (name: string) => `own-${distinctSlug(name, 'skill', 56)}`;

/** A file's bytes: refused by size before decoding, then decoded as `decodeText` says. */
export function readJsonResumeFile(
  bytes: Uint8Array,
): { ok: true; value: ResumeImport; encoding: TextEncodingName } | { ok: false; problem: ResumeProblem } {
  if (bytes.length > MAX_RESUME_BYTES) return { ok: false, problem: 'too-large' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const read = readJsonResume(decoded.text);
  return read.ok ? { ...read, encoding: decoded.encoding } : read;
}

export function readJsonResume(
  fileText: string,
): { ok: true; value: ResumeImport } | { ok: false; problem: ResumeProblem } {
  if (new TextEncoder().encode(fileText).length > MAX_RESUME_BYTES)
    return { ok: false, problem: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const parsed = resumeSchema.safeParse(raw);
  if (!parsed.success || typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problem: 'not-a-resume' };
  const resume = parsed.data;
  const suggestions: ResumeImport['suggestions'] = [];
  const customSkills: ResumeImport['customSkills'] = [];
  let matched = 0;
  for (const skill of resume.skills ?? []) {
    const level = levelFrom(skill.level);
    const names = [skill.name, ...(skill.keywords ?? [])];
    const ids = new Set(names.map((name) => byName.get(normalise(name))).filter((id): id is string => !!id));
    if (ids.size > 0) matched += 1;
    else if (skill.name.trim()) {
      const id = ownSkillId(skill.name);
      ids.add(id);
      if (!customSkills.some((own) => own.id === id))
        customSkills.push({ id, name: skill.name.trim().slice(0, 80) });
    }
    for (const skillId of ids)
      if (!suggestions.some((s) => s.skillId === skillId))
        suggestions.push({ skillId, level, source: 'json-resume' });
  }
  const clip = (value: string | undefined, max = 160) => (value ?? '').trim().slice(0, max);
  const day = (value: string | undefined) => clip(value, 10);
  const background: ResumeImport['background'] = {
    work: (resume.work ?? []).map((w) => ({
      title: clip(w.position),
      organisation: clip(w.name),
      startDate: day(w.startDate),
      endDate: day(w.endDate),
    })),
    education: (resume.education ?? []).map((e) => ({
      title: clip([e.studyType, e.area].filter(Boolean).join(', ')),
      organisation: clip(e.institution),
      startDate: day(e.startDate),
      endDate: day(e.endDate),
    })),
    certificates: (resume.certificates ?? []).map((c) => ({
      title: clip(c.name),
      organisation: clip(c.issuer),
      startDate: day(c.date),
      endDate: '',
    })),
  };
  const empty = suggestions.length === 0 && Object.values(background).every((list) => list.length === 0);
  if (empty) return { ok: false, problem: 'empty' };
  return { ok: true, value: { suggestions, customSkills, background, matched } };
}

/** Merges an import into the section: suggestions to confirm, never ratings directly. */
export function mergeResume(section: SkillsSection, imported: ResumeImport): SkillsSection {
  const rated = new Set(section.ratings.map((rating) => rating.skillId));
  const pending = new Set(section.suggestions.map((suggestion) => suggestion.skillId));
  return {
    ...section,
    customSkills: [
      ...section.customSkills,
      ...imported.customSkills.filter((own) => !section.customSkills.some((s) => s.id === own.id)),
    ],
    suggestions: [
      ...section.suggestions,
      ...imported.suggestions.filter((s) => !rated.has(s.skillId) && !pending.has(s.skillId)),
    ],
    background: imported.background,
  };
}
