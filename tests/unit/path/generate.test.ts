import { describe, expect, it } from 'vitest';
import { emptySkillsSection } from '../../../preload/contract/skills-section';
import { generatePath, type PathWording } from '../../../renderer/src/domain/path/generate';
import { mergeGenerated } from '../../../renderer/src/domain/path/merge';
import { schedulePath } from '../../../renderer/src/domain/path/schedule';
import { resolveDomains, skillName } from '../../../renderer/src/domain/matching/resolve-domains';
import { scoreDomain } from '../../../renderer/src/domain/matching/score';
import { NURSE_INVENTORY } from '../../support/inventories';

const wording: PathWording = {
  learn: (skill, level) => `Learn ${skill} to level ${level}`,
  practise: (skill) => `Practise ${skill}`,
  credential: (gate) => `Credential: ${gate}`,
  portfolio: (domain) => `Portfolio piece: ${domain}`,
  screening: (domain) => `Prepare the screening: ${domain}`,
  apply: (domain) => `Apply: ${domain}`,
};
const section = emptySkillsSection();
const domains = resolveDomains(section, 'en');
const target = (id: string, inventory: Map<string, number>) =>
  scoreDomain(
    domains.find((d) => d.id === id) ?? (domains[0] as (typeof domains)[number]),
    inventory,
    new Set(),
  );
const nameOf = (id: string) => skillName(id, section, 'en');
// The reference nurse, who has also got good at rubric grading: one gap left for medicine.
const nurse = new Map([...NURSE_INVENTORY, ['rubric-grading', 3]]);

describe('generating a path from a target and its gaps', () => {
  it('gives the nurse a short path to medicine: learn and practise the gap, credential, portfolio, screening, apply', () => {
    const path = generatePath([target('medicine', nurse)], wording, nameOf);
    expect(path.map((m) => [m.id, m.effortHours, m.prerequisites])).toEqual([
      ['learn-evidence-based-medicine', 20, []], // one level short × 20 h
      ['practise-evidence-based-medicine', 10, ['learn-evidence-based-medicine']],
      ['credential-medicine-clinical-licence', 20, []],
      ['portfolio-medicine', 15, ['practise-evidence-based-medicine']],
      ['screening-prep-medicine', 12, ['portfolio-medicine']], // 3 typical screening steps × 4 h
      ['apply-medicine', 5, ['screening-prep-medicine', 'credential-medicine-clinical-licence']],
    ]);
    expect(path[0]?.title).toBe('Learn Evidence-based medicine to level 2');
    expect(path.every((m) => m.generated && m.domainIds.includes('medicine'))).toBe(true);
  });

  it('shares one milestone for a skill two targets miss, sized for the larger gap', () => {
    const path = generatePath(
      [target('mathematics', new Map()), target('physics', new Map())],
      wording,
      nameOf,
    );
    const calculus = path.find((m) => m.id === 'learn-calculus');
    expect(calculus?.domainIds).toEqual(['mathematics', 'physics']);
    expect(calculus?.effortHours).toBe(60);
    expect(path.filter((m) => m.id === 'learn-calculus')).toHaveLength(1);
  });

  it('schedules cleanly: every generated prerequisite exists', () => {
    const path = generatePath([target('medicine', nurse), target('law', new Map())], wording, nameOf);
    const result = schedulePath({
      milestones: path,
      planStart: '2026-11-23',
      hoursPerWeek: 15,
      weekOverrides: new Map(),
      blackoutWeeks: new Set(),
      weekStartsOn: 1,
    });
    expect(result.ok).toBe(true);
    expect(result.ok && [...result.readyDates.keys()].sort()).toEqual(['law', 'medicine']);
  });
});

describe('merging a new generation into the plan', () => {
  const first = generatePath([target('medicine', nurse)], wording, nameOf);

  it('keeps progress on refreshed milestones, and the user’s edits unless told otherwise', () => {
    const edited = first.map((m) =>
      m.id === 'portfolio-medicine'
        ? { ...m, effortHours: 40, generated: false }
        : m.id === 'learn-evidence-based-medicine'
          ? { ...m, hoursLogged: 6, status: 'doing' as const }
          : m,
    );
    const stronger = new Map([...nurse, ['evidence-based-medicine', 0]]);
    const again = generatePath([target('medicine', stronger)], wording, nameOf);
    const kept = mergeGenerated(edited, again, { overwriteEdits: false });
    expect(kept.keptEdits).toEqual(['portfolio-medicine']);
    expect(kept.refreshed).toEqual(['learn-evidence-based-medicine', 'practise-evidence-based-medicine']);
    const learn = kept.milestones.find((m) => m.id === 'learn-evidence-based-medicine');
    expect(learn).toMatchObject({ effortHours: 40, hoursLogged: 6, status: 'doing' });
    expect(kept.milestones.find((m) => m.id === 'portfolio-medicine')?.effortHours).toBe(40);
    const overwritten = mergeGenerated(edited, again, { overwriteEdits: true });
    expect(overwritten.milestones.find((m) => m.id === 'portfolio-medicine')?.effortHours).toBe(15);
  });

  it('removes generated milestones whose gap closed, unless work was done on them', () => {
    const closed = generatePath(
      [target('medicine', new Map([...nurse, ['evidence-based-medicine', 2]]))],
      wording,
      nameOf,
    );
    expect(mergeGenerated(first, closed, { overwriteEdits: false }).removed).toEqual([
      'learn-evidence-based-medicine',
      'practise-evidence-based-medicine',
    ]);
    const started = first.map((m) =>
      m.id === 'learn-evidence-based-medicine' ? { ...m, hoursLogged: 2 } : m,
    );
    const merged = mergeGenerated(started, closed, { overwriteEdits: false });
    expect(merged.removed).toEqual(['practise-evidence-based-medicine']);
    expect(merged.milestones.find((m) => m.id === 'portfolio-medicine')?.prerequisites).toEqual([]);
  });

  it('adds what is new and leaves user-made milestones alone', () => {
    const own = {
      ...first[0]!,
      id: 'my-own-course',
      title: 'My own course',
      generated: false,
      prerequisites: [],
    };
    const merged = mergeGenerated([own], first, { overwriteEdits: false });
    expect(merged.added).toEqual(first.map((m) => m.id));
    expect(merged.milestones[0]).toEqual(own);
  });
});
