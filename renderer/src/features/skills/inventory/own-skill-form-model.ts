/** A skill of the user's own: its name as typed, checked with SKILLS_LIMITS, and the id it gets. */
import { z } from 'zod';
import { SKILLS_LIMITS } from '../../../../../preload/contract/skills-section';
import { textField } from '../../../domain/forms/typed-fields';
import { slugify } from '../../../domain/slug';

export interface OwnSkillValues {
  name: string;
}

export function ownSkillSchema() {
  return z.object({ name: textField(SKILLS_LIMITS.name, { required: true }) });
}

/** A readable id from the name ("Soins palliatifs" → "own-soins-palliatifs"), unique among `taken`. */
export function ownSkillId(values: OwnSkillValues, taken: ReadonlySet<string>): string {
  const slug = slugify(values.name.trim()).slice(0, 50) || 'skill';
  let skillId = `own-${slug}`;
  for (let n = 2; taken.has(skillId); n += 1) skillId = `own-${slug}-${n}`;
  return skillId;
}
