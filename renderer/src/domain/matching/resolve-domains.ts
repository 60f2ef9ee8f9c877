/**
 * The domains a user is matched against: built-in ones with the user's edits applied, one
 * language domain per language pair they chose, and domains they wrote themselves.
 * Texts come out in the interface language; user-written texts stay as written.
 */
import type { Language } from '../../../../preload/contract/document';
import type { Requirement, SkillsSection } from '../../../../preload/contract/skills-section';
import { CATALOGUE_DOMAINS, catalogueSkill, LANGUAGE_DOMAIN_ID } from '../catalogue/catalogue';
import { languageSkillId } from '../catalogue/skills';
import type { CatalogueDomain, ReadyEstimate, ReportedPay, ScreeningStep } from '../catalogue/types';

export interface ResolvedGate {
  id: string;
  kind: 'hard' | 'soft';
  label: string;
}

export interface ResolvedDomain {
  id: string;
  origin: 'built-in' | 'edited' | 'custom';
  /** The catalogue entry this came from (null for a user's own domain). */
  catalogueId: string | null;
  name: string;
  description: string;
  required: Requirement[];
  optional: Requirement[];
  gates: ResolvedGate[];
  screening: ScreeningStep[];
  pay: ReportedPay | null;
  employers: string[];
  readyWeeks: ReadyEstimate | null;
}

function languageName(code: string, language: Language): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
}

function fromCatalogue(domain: CatalogueDomain, section: SkillsSection, language: Language): ResolvedDomain {
  const override = section.domainOverrides.find((entry) => entry.domainId === domain.id);
  return {
    id: domain.id,
    origin: override ? 'edited' : 'built-in',
    catalogueId: domain.id,
    name: domain.name[language],
    description: domain.description[language],
    required: override?.required ?? domain.required,
    optional: override?.optional ?? domain.optional,
    gates: domain.gates.map((gate) => ({ id: gate.id, kind: gate.kind, label: gate.label[language] })),
    screening: domain.screening,
    pay: domain.pay,
    employers: domain.employers,
    readyWeeks: domain.readyWeeks,
  };
}

function perLanguagePair(
  template: ResolvedDomain,
  section: SkillsSection,
  language: Language,
): ResolvedDomain[] {
  return section.languagePairs.map(({ from, to }) => ({
    ...template,
    id: `${template.id}-${from}-${to}`,
    name: `${template.name} (${languageName(from, language)} → ${languageName(to, language)})`,
    // Both languages at expert level come first: they are what the work is.
    required: [
      { skillId: languageSkillId(from), weight: 5, level: 4 },
      { skillId: languageSkillId(to), weight: 5, level: 4 },
      ...template.required,
    ],
  }));
}

export function resolveDomains(section: SkillsSection, language: Language): ResolvedDomain[] {
  const resolved: ResolvedDomain[] = [];
  for (const domain of CATALOGUE_DOMAINS) {
    const entry = fromCatalogue(domain, section, language);
    if (domain.id === LANGUAGE_DOMAIN_ID && section.languagePairs.length > 0) {
      resolved.push(...perLanguagePair(entry, section, language));
    } else {
      resolved.push(entry);
    }
  }
  for (const custom of section.customDomains) {
    resolved.push({
      id: custom.id,
      origin: 'custom',
      catalogueId: null,
      name: custom.name,
      description: custom.description,
      required: custom.required,
      optional: custom.optional,
      gates: custom.gates,
      screening: [],
      pay: null,
      employers: [],
      readyWeeks: null,
    });
  }
  return resolved;
}

/** A skill's name in the interface language, whether from the catalogue or the user. */
export function skillName(skillId: string, section: SkillsSection, language: Language): string {
  return (
    catalogueSkill(skillId)?.name[language] ??
    section.customSkills.find((skill) => skill.id === skillId)?.name ??
    skillId
  );
}
