/**
 * A domain as the editor holds it (choices as the <select>s give them: strings) and as saved
 * (a custom domain, or an override of a built-in one's skills). Limits come from SKILLS_LIMITS.
 */
import { z } from 'zod';
import {
  SKILLS_LIMITS,
  type CustomDomain,
  type Requirement,
} from '../../../../../preload/contract/skills-section';
import { isBlank, textField } from '../../../domain/forms/typed-fields';

type Gate = CustomDomain['gates'][number];

export interface RequirementValues {
  skillId: string;
  weight: string;
  level: string;
}

export interface DomainEditorValues {
  name: string;
  description: string;
  required: RequirementValues[];
  optional: RequirementValues[];
  gates: Gate[];
}

/** A new row: the first skill offered, of middling weight and level. */
export const blankRequirement = (skillId: string): RequirementValues => ({
  skillId,
  weight: '3',
  level: '3',
});

const requirementRows = z
  .array(z.object({ skillId: z.string(), weight: z.string(), level: z.string() }))
  .max(SKILLS_LIMITS.requirements);

/** `isCustom`: the user's own domain, which has a name, a description and credentials. */
export function domainEditorSchema(isCustom: boolean) {
  return z.object({
    name: isCustom
      ? textField(SKILLS_LIMITS.name).refine((text) => !isBlank(text), 'skills.editor.needName')
      : z.string(),
    description: textField(SKILLS_LIMITS.description),
    required: requirementRows,
    optional: requirementRows,
    gates: z
      .array(
        z.object({
          id: z.string(),
          kind: z.enum(['hard', 'soft']),
          label: textField(SKILLS_LIMITS.gateLabel),
        }),
      )
      .max(SKILLS_LIMITS.gates),
  });
}

/** What is wrong with the lists as a whole (an i18n key), or null. */
export function requirementsProblem(
  values: Pick<DomainEditorValues, 'required' | 'optional'>,
): string | null {
  if (values.required.length === 0) return 'skills.editor.needRequired';
  const skillIds = [...values.required, ...values.optional].map((row) => row.skillId);
  return new Set(skillIds).size === skillIds.length ? null : 'skills.editor.duplicate';
}

const toRequirement = (row: RequirementValues): Requirement => ({
  skillId: row.skillId,
  weight: Number(row.weight),
  level: Number(row.level),
});
const fromRequirement = (row: Requirement): RequirementValues => ({
  skillId: row.skillId,
  weight: String(row.weight),
  level: String(row.level),
});

export function toDomainEditorValues(
  existing:
    | { name: string; description: string; required: Requirement[]; optional: Requirement[]; gates?: Gate[] }
    | undefined,
): DomainEditorValues {
  return {
    name: existing?.name ?? '',
    description: existing?.description ?? '',
    required: (existing?.required ?? []).map(fromRequirement),
    optional: (existing?.optional ?? []).map(fromRequirement),
    gates: existing?.gates ?? [],
  };
}

/** The user's own domain from accepted values; credentials left without a label are dropped. */
export function toCustomDomain(id: string, values: DomainEditorValues): CustomDomain {
  return {
    id,
    name: values.name.trim(),
    description: values.description.trim(),
    required: values.required.map(toRequirement),
    optional: values.optional.map(toRequirement),
    gates: values.gates
      .filter((gate) => !isBlank(gate.label))
      .map((gate) => ({ ...gate, label: gate.label.trim() })),
  };
}

/** A built-in domain's skills as the user changed them. */
export function toRequirements(values: DomainEditorValues): {
  required: Requirement[];
  optional: Requirement[];
} {
  return { required: values.required.map(toRequirement), optional: values.optional.map(toRequirement) };
}
