import { describe, expect, it } from 'vitest';
import { emptyApplicationsSection } from '../../../preload/contract/applications-section';
import { followUp, lastActivity, recentSetback } from '../../../renderer/src/domain/applications/follow-ups';
import {
  archiveStage,
  moveToStage,
  neighbourStage,
  stagesReached,
} from '../../../renderer/src/domain/applications/stages';
import { application } from '../../support/applications';

const section = emptyApplicationsSection();
const TODAY = '2026-11-21';

describe('stage moves', () => {
  it('append to the history, so a rejection keeps the interview before it', () => {
    let app = application('a');
    for (const [stage, on] of [
      ['applied', '2026-10-01'],
      ['screening', '2026-10-05'],
      ['interview', '2026-10-12'],
      ['rejected', '2026-10-20'],
    ] as const) {
      app = moveToStage(app, stage, on);
    }
    expect(app.stageId).toBe('rejected');
    expect(app.appliedOn).toBe('2026-10-01');
    expect(app.history.map((entry) => entry.stageId)).toEqual([
      'applied',
      'screening',
      'interview',
      'rejected',
    ]);
    expect([...stagesReached(app)].sort()).toEqual(['applied', 'interview', 'rejected', 'screening']);
  });

  it('do nothing when the stage does not change', () => {
    const app = application('a', { stageId: 'applied' });
    expect(moveToStage(app, 'applied', TODAY)).toBe(app);
  });

  it('step to the neighbouring stage for keyboard moves, skipping archived ones, stopping at the ends', () => {
    const archived = archiveStage(section, 'screening', 'applied', TODAY);
    expect(neighbourStage(archived.stages, 'applied', 1)?.id).toBe('interview');
    expect(neighbourStage(section.stages, 'saved', -1)).toBeNull();
  });

  it('archive a stage without losing history, moving its applications on with a dated entry', () => {
    const withApps = {
      ...section,
      applications: [
        application('a', {
          stageId: 'screening',
          history: [{ stageId: 'screening', on: '2026-11-01', note: '' }],
        }),
      ],
    };
    const after = archiveStage(withApps, 'screening', 'interview', TODAY);
    expect(after.stages.find((stage) => stage.id === 'screening')?.archived).toBe(true);
    expect(after.applications[0]?.stageId).toBe('interview');
    expect(after.applications[0]?.history).toEqual([
      { stageId: 'screening', on: '2026-11-01', note: '' },
      { stageId: 'interview', on: TODAY, note: '' },
    ]);
  });
});

describe('follow-ups with a fixed clock (today 21 November 2026)', () => {
  it('are due seven days after the last sign of life, and overdue after that', () => {
    const app = application('a', { stageId: 'applied', appliedOn: '2026-11-10' });
    expect(followUp(app, section, TODAY)).toEqual({
      lastActivity: '2026-11-10',
      due: '2026-11-17',
      overdue: true,
      suggestGhosted: false,
    });
    expect(followUp(app, section, '2026-11-17').overdue).toBe(false);
  });

  it('count a contact as a sign of life', () => {
    const app = application('a', {
      stageId: 'applied',
      appliedOn: '2026-11-01',
      contacts: [
        { name: 'Ana', role: 'Recruiter', email: '', phone: '', notes: '', lastContacted: '2026-11-18' },
      ],
    });
    expect(lastActivity(app)).toBe('2026-11-18');
    expect(followUp(app, section, TODAY)).toMatchObject({ due: '2026-11-25', overdue: false });
  });

  it('suggest Ghosted after 21 days of silence, but never for saved or finished applications', () => {
    expect(
      followUp(application('a', { stageId: 'applied', appliedOn: '2026-10-31' }), section, TODAY)
        .suggestGhosted,
    ).toBe(true);
    expect(
      followUp(application('b', { stageId: 'applied', appliedOn: '2026-11-01' }), section, TODAY)
        .suggestGhosted,
    ).toBe(false);
    expect(
      followUp(application('c', { stageId: 'rejected', appliedOn: '2026-01-01' }), section, TODAY),
    ).toMatchObject({ due: null, suggestGhosted: false });
    expect(
      followUp(application('d', { stageId: 'saved', foundOn: '2026-01-01' }), section, TODAY).due,
    ).toBeNull();
  });

  it('follow the user’s own delays', () => {
    const custom = { ...section, settings: { followUpDays: 3, ghostDays: 10, weeklyGoal: 5 } };
    expect(
      followUp(application('a', { stageId: 'applied', appliedOn: '2026-11-11' }), custom, TODAY),
    ).toMatchObject({
      due: '2026-11-14',
      overdue: true,
      suggestGhosted: true,
    });
  });
});

describe('a warning before applying again', () => {
  const ghosted = application('old', {
    organisation: 'Outlier (Scale AI)',
    stageId: 'ghosted',
    history: [{ stageId: 'ghosted', on: '2026-09-01', note: '' }],
  });

  it('finds a recent ghosting by the same organisation, however it is typed', () => {
    expect(recentSetback([ghosted], 'outlier (scale ai)', TODAY)?.id).toBe('old');
    expect(recentSetback([ghosted], 'Outlier (Scale AI) ', TODAY)?.id).toBe('old');
  });

  it('says nothing for another organisation, an old setback, or one still in progress', () => {
    expect(recentSetback([ghosted], 'Mercor', TODAY)).toBeNull();
    expect(recentSetback([ghosted], 'Outlier (Scale AI)', '2027-06-01')).toBeNull();
    expect(recentSetback([{ ...ghosted, stageId: 'interview' }], 'Outlier (Scale AI)', TODAY)).toBeNull();
  });
});

describe('editing stages', () => {
  it('renames, adds before the endings, reorders and archives without losing history', async () => {
    const { addStage, moveStage, renameStage, restoreStage } =
      await import('../../../renderer/src/domain/applications/stages');
    let edited = renameStage(section, 'screening', '  Assessment  ');
    expect(edited.stages.find((s) => s.id === 'screening')?.name).toBe('Assessment');
    expect(renameStage(edited, 'screening', ' ').stages.find((s) => s.id === 'screening')?.name).toBeNull();
    edited = addStage(edited, {
      id: 'code-challenge',
      name: 'Code challenge',
      kind: 'open',
      archived: false,
    });
    expect(edited.stages.map((s) => s.id).slice(4, 7)).toEqual(['offer', 'code-challenge', 'accepted']);
    edited = moveStage(edited, 'code-challenge', -1);
    expect(edited.stages.map((s) => s.id).slice(3, 6)).toEqual(['interview', 'code-challenge', 'offer']);
    // Archived stages are skipped when moving: the move swaps with the next *visible* stage.
    edited = archiveStage(edited, 'interview', 'applied', TODAY);
    edited = moveStage(edited, 'code-challenge', -1);
    expect(edited.stages.map((s) => s.id).slice(2, 5)).toEqual(['code-challenge', 'interview', 'screening']);
    expect(moveStage(edited, 'saved', -1)).toBe(edited);
    expect(restoreStage(edited, 'interview').stages.find((s) => s.id === 'interview')?.archived).toBe(false);
  });
});
