/** Path: re-plan 300 milestones with prerequisites (issue target: under 10 ms). */
import type { Milestone } from '../preload/contract/path-section';
import { schedulePath } from '../renderer/src/domain/path/schedule';
import type { Benchmark } from './harness';

const milestones: Milestone[] = Array.from({ length: 300 }, (_, index) => ({
  id: `m${index}`,
  title: `Milestone ${index}`,
  kind: index % 10 === 9 ? 'apply' : 'learn',
  skillIds: [],
  domainIds: [index % 2 === 0 ? 'medicine' : 'law'],
  effortHours: 1 + (index % 17),
  cost: null,
  // Each depends on one or two earlier ones: a realistic, deep graph.
  prerequisites: index === 0 ? [] : [`m${Math.floor(index / 2)}`, ...(index > 3 ? [`m${index - 3}`] : [])],
  status: index % 7 === 0 ? 'done' : 'todo',
  hoursLogged: (index % 5) / 4,
  link: '',
  notes: '',
  evidence: '',
  generated: true,
}));
const weekOverrides = new Map([['2027-01-04', 4]]);
const blackoutWeeks = new Set(['2026-12-21', '2026-12-28']);

export const pathBenchmarks: Benchmark[] = [
  {
    name: 'path: re-plan 300 milestones with prerequisites',
    targetMs: 10,
    run: () =>
      schedulePath({
        milestones,
        planStart: '2026-11-23',
        hoursPerWeek: 15,
        weekOverrides,
        blackoutWeeks,
        weekStartsOn: 1,
      }),
  },
];
