/**
 * The fit score, built so a user can follow every point of it.
 *
 *   base  = 100 × Σ(required weight × min(level ÷ needed level, 1)) ÷ Σ(required weight)
 *   bonus =  10 × Σ(optional weight × min(level ÷ needed level, 1)) ÷ Σ(optional weight)
 *   fit   = min(100, round(base + bonus)), and at most 99 while a required skill is below
 *           its needed level
 *
 * 100 says "you meet every requirement": the optional bonus (or rounding) can make up for a
 * short required skill in the points, but never to 100 beside "Missing: …" (issue 12).
 *
 * Each line of the breakdown shows its points. Credential gates never change the score:
 * they are listed beside it ("blocked until…"), so a strong fit behind a licence stays
 * visible. Raising a level can only raise the score; adding a required skill the user
 * lacks can only lower it (both are property-tested).
 */
import type { Requirement } from '../../../../preload/contract/skills-section';
import type { ResolvedDomain, ResolvedGate } from './resolve-domains';

export const OPTIONAL_BONUS_MAX = 10;
/** The highest fit while any required skill is below its needed level. */
export const FIT_WITH_REQUIRED_MISSING_MAX = 99;

/** skill id → level 0–4; a skill not in the map counts as level 0. */
export type Inventory = ReadonlyMap<string, number>;

export interface ScoreLine {
  skillId: string;
  required: boolean;
  weight: number;
  need: number;
  have: number;
  /** Points this line adds to the fit (out of 100 for required, 10 for optional). */
  points: number;
}

export interface DomainScore {
  domain: ResolvedDomain;
  fit: number;
  base: number;
  bonus: number;
  lines: ScoreLine[];
  /** Under-level skills, heaviest shortfall first. */
  gaps: ScoreLine[];
  /** Required skills below their needed level, in the domain's order: why the fit is not 100. */
  missingRequired: ScoreLine[];
  /** True when the points alone reach 100 but a missing required skill holds the fit at 99. */
  heldBelow100: boolean;
  blockedBy: ResolvedGate[];
  softGatesOpen: ResolvedGate[];
}

function linesFor(
  requirements: readonly Requirement[],
  inventory: Inventory,
  required: boolean,
  scale: number,
): ScoreLine[] {
  const totalWeight = requirements.reduce((sum, requirement) => sum + requirement.weight, 0);
  return requirements.map(({ skillId, weight, level }) => {
    const have = inventory.get(skillId) ?? 0;
    const met = Math.min(have / level, 1);
    return {
      skillId,
      required,
      weight,
      need: level,
      have,
      points: totalWeight === 0 ? 0 : (scale * weight * met) / totalWeight,
    };
  });
}

const shortfall = (line: ScoreLine) => line.weight * (line.need - line.have);

export function scoreDomain(
  domain: ResolvedDomain,
  inventory: Inventory,
  gatesMet: ReadonlySet<string>,
): DomainScore {
  const requiredLines = linesFor(domain.required, inventory, true, 100);
  const optionalLines = linesFor(domain.optional, inventory, false, OPTIONAL_BONUS_MAX);
  const base = requiredLines.reduce((sum, line) => sum + line.points, 0);
  const bonus = optionalLines.reduce((sum, line) => sum + line.points, 0);
  const lines = [...requiredLines, ...optionalLines];
  const gaps = lines
    .filter((line) => line.have < line.need)
    .sort((a, b) => shortfall(b) - shortfall(a) || Number(b.required) - Number(a.required));
  const missingRequired = requiredLines.filter((line) => line.have < line.need);
  const fromPoints = Math.min(100, Math.round(base + bonus));
  const ceiling = missingRequired.length > 0 ? FIT_WITH_REQUIRED_MISSING_MAX : 100;
  const open = domain.gates.filter((gate) => !gatesMet.has(gateKey(domain.id, gate.id)));
  return {
    domain,
    fit: Math.min(ceiling, fromPoints),
    base,
    bonus,
    lines,
    gaps,
    missingRequired,
    heldBelow100: fromPoints > ceiling,
    blockedBy: open.filter((gate) => gate.kind === 'hard'),
    softGatesOpen: open.filter((gate) => gate.kind === 'soft'),
  };
}

export const gateKey = (domainId: string, gateId: string): string => `${domainId}/${gateId}`;

/** Every domain, best fit first; ties keep the catalogue's order. */
export function rankDomains(
  domains: readonly ResolvedDomain[],
  inventory: Inventory,
  gatesMet: ReadonlySet<string>,
): DomainScore[] {
  return domains
    .map((domain, index) => ({ score: scoreDomain(domain, inventory, gatesMet), index }))
    .sort((a, b) => b.score.fit - a.score.fit || a.index - b.index)
    .map(({ score }) => score);
}

/**
 * True when the ratings cannot tell domains apart: five or more ratings, four in five of
 * them at the same level (CareerOneStop warns the same way about identical ratings).
 */
export function ratingsTooUniform(levels: readonly number[]): boolean {
  if (levels.length < 5) return false;
  const counts = new Map<number, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  return Math.max(...counts.values()) / levels.length >= 0.8;
}
