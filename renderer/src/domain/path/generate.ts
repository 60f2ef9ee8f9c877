/**
 * From target domains and their gaps to milestones: learn then practise each missing skill,
 * work towards hard credential gates, build a portfolio piece, prepare the typical
 * screening, apply. Ids are stable (kind + skill or domain), so generating again can be
 * merged with the user's plan (merge.ts) instead of replacing it. Efforts are the
 * catalogue's own rough estimates; the user edits them.
 */
import type { Milestone } from '../../../../preload/contract/path-section';
import type { DomainScore } from '../matching/score';
import { newMilestone } from './new-milestone';

export const GENERATED_EFFORT = {
  learnPerLevel: 20,
  practisePerLevel: 10,
  credential: 20,
  portfolio: 15,
  screeningPerStep: 4,
  apply: 5,
} as const;

/** Titles in the user's language, supplied by the caller so this stays free of i18n. */
export interface PathWording {
  learn: (skill: string, level: number) => string;
  practise: (skill: string) => string;
  credential: (gate: string) => string;
  portfolio: (domain: string) => string;
  screening: (domain: string) => string;
  apply: (domain: string) => string;
}

const base = (id: string, title: string, kind: Milestone['kind'], effortHours: number): Milestone =>
  newMilestone(id, title, kind, effortHours, true);

export function generatePath(
  targets: readonly DomainScore[],
  wording: PathWording,
  nameOf: (skillId: string) => string,
): Milestone[] {
  const byId = new Map<string, Milestone>();
  const add = (milestone: Milestone, domainId: string) => {
    const existing = byId.get(milestone.id);
    if (!existing) byId.set(milestone.id, { ...milestone, domainIds: [domainId] });
    else {
      // A skill missing for two targets: one milestone, sized for the larger gap.
      existing.domainIds = [...new Set([...existing.domainIds, domainId])];
      if (milestone.effortHours > existing.effortHours) {
        existing.effortHours = milestone.effortHours;
        existing.title = milestone.title;
      }
    }
  };

  for (const { domain, gaps, blockedBy } of targets) {
    const practised: string[] = [];
    for (const gap of gaps) {
      const shortfall = gap.need - gap.have;
      const learnId = `learn-${gap.skillId}`;
      const practiseId = `practise-${gap.skillId}`;
      const skill = nameOf(gap.skillId);
      add(
        {
          ...base(
            learnId,
            wording.learn(skill, gap.need),
            'learn',
            GENERATED_EFFORT.learnPerLevel * shortfall,
          ),
          skillIds: [gap.skillId],
        },
        domain.id,
      );
      add(
        {
          ...base(
            practiseId,
            wording.practise(skill),
            'practise',
            GENERATED_EFFORT.practisePerLevel * shortfall,
          ),
          skillIds: [gap.skillId],
          prerequisites: [learnId],
        },
        domain.id,
      );
      practised.push(practiseId);
    }
    const credentials = blockedBy.map((gate) => {
      const id = `credential-${domain.id}-${gate.id}`;
      add(base(id, wording.credential(gate.label), 'credential', GENERATED_EFFORT.credential), domain.id);
      return id;
    });
    const portfolioId = `portfolio-${domain.id}`;
    const screeningId = `screening-prep-${domain.id}`;
    add(
      {
        ...base(portfolioId, wording.portfolio(domain.name), 'portfolio', GENERATED_EFFORT.portfolio),
        prerequisites: practised,
      },
      domain.id,
    );
    const steps = Math.max(1, domain.screening.length);
    add(
      {
        ...base(
          screeningId,
          wording.screening(domain.name),
          'screening-prep',
          GENERATED_EFFORT.screeningPerStep * steps,
        ),
        prerequisites: [portfolioId],
      },
      domain.id,
    );
    add(
      {
        ...base(`apply-${domain.id}`, wording.apply(domain.name), 'apply', GENERATED_EFFORT.apply),
        prerequisites: [screeningId, ...credentials],
      },
      domain.id,
    );
  }
  return [...byId.values()];
}
