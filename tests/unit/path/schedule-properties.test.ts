import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Milestone } from '../../../preload/contract/path-section';
import { schedulePath } from '../../../renderer/src/domain/path/schedule';
import { milestone } from '../../support/milestones';

/** Random plans: prerequisites only point backwards (no cycles), list order shuffled. */
const plans = fc
  .array(
    fc.record({
      effort: fc.integer({ min: 1, max: 60 }),
      logged: fc.integer({ min: 0, max: 40 }).map((quarters) => quarters / 4),
      status: fc.constantFrom('todo', 'todo', 'doing', 'done', 'skipped' as const),
      prereqSeeds: fc.array(fc.nat(), { maxLength: 2 }),
      domain: fc.constantFrom('medicine', 'law'),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows): Milestone[] =>
    rows.map((row, index) =>
      milestone(`m${index}`, row.effort, {
        hoursLogged: row.logged,
        status: row.status,
        domainIds: [row.domain],
        prerequisites: index === 0 ? [] : [...new Set(row.prereqSeeds.map((seed) => `m${seed % index}`))],
      }),
    ),
  )
  .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));

const week = fc.record({
  hoursPerWeek: fc.integer({ min: 1, max: 40 }),
  blackout: fc.integer({ min: 0, max: 6 }),
});

function run(milestones: Milestone[], settings: { hoursPerWeek: number; blackout: number }) {
  const result = schedulePath({
    milestones,
    planStart: '2026-11-23',
    hoursPerWeek: settings.hoursPerWeek,
    weekOverrides: new Map(),
    blackoutWeeks: new Set(settings.blackout === 0 ? [] : ['2026-12-07']),
    weekStartsOn: 1,
  });
  if (!result.ok) throw new Error(result.problem);
  return result;
}

describe('schedule properties', () => {
  it('never starts a milestone before its prerequisites end', () => {
    fc.assert(
      fc.property(plans, week, (milestones, settings) => {
        const result = run(milestones, settings);
        for (const m of milestones) {
          const slot = result.milestones.get(m.id);
          if (!slot) continue;
          for (const id of m.prerequisites) {
            const before = result.milestones.get(id);
            if (before) expect(slot.startWeek).toBeGreaterThanOrEqual(before.endWeek);
          }
        }
      }),
    );
  });

  it('never fills a week beyond its capacity, and plans exactly the remaining work', () => {
    fc.assert(
      fc.property(plans, week, (milestones, settings) => {
        const result = run(milestones, settings);
        for (const load of result.weeks) expect(load.plannedHours).toBeLessThanOrEqual(load.capacityHours);
        const planned = result.weeks.reduce((sum, load) => sum + load.plannedHours, 0);
        const remaining = [...result.milestones.values()].reduce((sum, slot) => sum + slot.remainingHours, 0);
        expect(planned).toBe(remaining);
      }),
    );
  });

  it('never pushes a ready date later when a milestone is marked done', () => {
    fc.assert(
      fc.property(plans, week, fc.nat(), (milestones, settings, pick) => {
        const before = run(milestones, settings);
        const target = milestones[pick % milestones.length] as Milestone;
        const after = run(
          milestones.map((m) => (m.id === target.id ? { ...m, status: 'done' as const } : m)),
          settings,
        );
        for (const [domain, date] of after.readyDates) {
          const earlier = before.readyDates.get(domain);
          if (earlier) expect(date <= earlier).toBe(true);
        }
      }),
    );
  });
});
