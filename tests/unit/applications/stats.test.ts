import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enGB, enUS } from 'date-fns/locale';
import { emptyApplicationsSection } from '../../../preload/contract/applications-section';
import {
  appliedPerWeek,
  funnel,
  responseRate,
  timeInStage,
} from '../../../renderer/src/domain/applications/stats';
import { moveToStage } from '../../../renderer/src/domain/applications/stages';
import { application } from '../../support/applications';

const { stages } = emptyApplicationsSection();

const through = (id: string, moves: [string, string][]) =>
  moves.reduce((a, [stage, on]) => moveToStage(a, stage, on), application(id));

const interviewedThenRejected = through('a', [
  ['applied', '2026-10-01'],
  ['screening', '2026-10-05'],
  ['interview', '2026-10-12'],
  ['rejected', '2026-10-20'],
]);
const ghosted = through('b', [
  ['applied', '2026-10-02'],
  ['ghosted', '2026-10-30'],
]);
const stillSaved = application('c');

describe('application statistics', () => {
  it('count the funnel from the history: a rejection after an interview still counts as an interview', () => {
    const steps = funnel([interviewedThenRejected, ghosted, stillSaved], stages);
    expect(steps).toEqual([
      { stageId: 'saved', reached: 1 },
      { stageId: 'applied', reached: 2 },
      { stageId: 'screening', reached: 1 },
      { stageId: 'interview', reached: 1 },
      { stageId: 'offer', reached: 0 },
      { stageId: 'accepted', reached: 0 },
    ]);
  });

  it('count a rejection as an answer and silence as none', () => {
    expect(responseRate([interviewedThenRejected, ghosted, stillSaved])).toEqual({ sent: 2, answered: 1 });
  });

  it('measure finished stays only: applied 4 + 28 days over two stays, screening 7, interview 8', () => {
    const times = timeInStage([interviewedThenRejected, ghosted]);
    const byStage = Object.fromEntries(times.map((t) => [t.stageId, [t.stays, t.totalDays]]));
    expect(byStage).toEqual({ applied: [2, 32], screening: [1, 7], interview: [1, 8] });
  });

  it('count applications per locale week, Monday weeks in Britain and Sunday weeks in the US', () => {
    // 2026-11-21 is a Saturday; 2026-11-15 a Sunday, 2026-11-16 a Monday.
    const sent = ['2026-11-15', '2026-11-16', '2026-11-21', '2026-11-01'].map((on, i) =>
      application(`x${i}`, { appliedOn: on }),
    );
    expect(appliedPerWeek(sent, '2026-11-21', 2, enGB)).toEqual([
      { weekStart: '2026-11-09', applied: 1 },
      { weekStart: '2026-11-16', applied: 2 },
    ]);
    expect(appliedPerWeek(sent, '2026-11-21', 2, enUS)).toEqual([
      { weekStart: '2026-11-08', applied: 0 },
      { weekStart: '2026-11-15', applied: 3 },
    ]);
  });

  it('never count more applications at a later funnel step than at Applied (property)', () => {
    const moves = fc.array(fc.constantFrom('applied', 'screening', 'interview', 'offer', 'rejected'), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(moves, { maxLength: 20 }), (paths) => {
        const apps = paths.map((path, i) =>
          through(
            `p${i}`,
            ['applied' as const, ...path].map((stage, d) => [
              stage,
              `2026-10-${String(d + 1).padStart(2, '0')}`,
            ]),
          ),
        );
        const steps = funnel(apps, stages);
        const applied = steps.find((s) => s.stageId === 'applied')?.reached ?? 0;
        expect(applied).toBe(apps.length);
        for (const step of steps) expect(step.reached).toBeLessThanOrEqual(applied);
      }),
    );
  });
});
