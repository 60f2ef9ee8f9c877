/**
 * A planner with something in every section: two target domains, a dated path, applications
 * at every stage and a full budget. For the export journeys and the PDF benchmark.
 */
import type { PlannerDocument } from '../../preload/contract/document';
import type { Milestone } from '../../preload/contract/path-section';
import { validDocument } from './fixtures';
import { FULL_BUDGET } from './full-budget';
import { generatedApplications } from './generated-applications';
import { milestone } from './milestones';

export function fullPlanner(options: {
  applications: number;
  milestones: number;
  today: string;
  name?: string;
  note?: string;
  /** The user's own step titles, cycled; English by default. */
  stepTitles?: readonly string[];
}): PlannerDocument {
  const base = validDocument();
  const titles = options.stepTitles ?? [
    'Clinical reasoning course',
    'Rubric practice',
    'Portfolio piece',
    'Mock screening',
  ];
  const milestones: Milestone[] = Array.from({ length: options.milestones }, (_, i) =>
    milestone(`m${i}`, 4 + (i % 9), {
      title: `${i + 1}. ${titles[i % titles.length] ?? ''}`,
      domainIds: [i % 2 === 0 ? 'medicine' : 'finance'],
      prerequisites: i === 0 ? [] : [`m${i - 1}`],
      status: i < 3 ? 'done' : 'todo',
    }),
  );
  return {
    ...base,
    profile: { ...base.profile, name: options.name ?? base.profile.name },
    preferences: { language: 'en', theme: 'light' },
    skills: { ...base.skills, targets: ['medicine', 'finance'] },
    path: { ...base.path, milestones, startDate: options.today },
    applications: {
      ...base.applications,
      applications: generatedApplications(options.applications, options.today),
    },
    budget: FULL_BUDGET,
    summary: { ...base.summary, language: null, hideAmounts: false, note: options.note ?? base.summary.note },
  };
}
