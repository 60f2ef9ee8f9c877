import { describe, expect, it, vi } from 'vitest';
import { searchLog } from '../../../renderer/src/domain/applications/search-log';
import { stageLabel } from '../../../renderer/src/domain/applications/stage-label';
import { renderMarkdown } from '../../../renderer/src/domain/export/render-markdown';
import { filledTemplate, wordedOnce } from '../../../renderer/src/domain/export/summary-sources';
import { fullPlanner } from '../../support/full-planner';
import { summaryOf } from '../../support/summary-from-document';
import { testI18n } from '../../support/test-i18n';

const TODAY = '2026-11-21';
const planner = fullPlanner({ applications: 12, milestones: 8, today: TODAY, name: 'Amina Diallo' });

describe('the summary built from a whole planner', () => {
  it('lists finished steps first, then the rest in the order they are scheduled', () => {
    const { input } = summaryOf(planner, 'en', TODAY);
    expect(input.plan).toHaveLength(8);
    // The first three steps are done: nothing left to schedule, so no dates.
    expect(input.plan.slice(0, 3).map((row) => [row.start, row.status])).toEqual([
      [null, 'Done'],
      [null, 'Done'],
      [null, 'Done'],
    ]);
    const starts = input.plan.slice(3).map((row) => row.start ?? '');
    expect(starts).toEqual([...starts].sort());
    expect(starts[0]).toBe(TODAY);
  });

  it('names the target domains, their barriers and ready dates in the export language', () => {
    const { input } = summaryOf(planner, 'fr', TODAY);
    expect(input.targets.map((target) => target.name)).toEqual([
      'Médecine et soins',
      'Finance, comptabilité et investissement',
    ]);
    expect(input.targets[0]?.gates.length).toBeGreaterThan(0);
    expect(input.readyDates.map((ready) => ready.domain).sort()).toEqual([
      'Finance, comptabilité et investissement',
      'Médecine et soins',
    ]);
    expect(input.plan[0]?.status).toBe('Fait');
  });

  it('brings the budget verdict and the benefits, and hides every amount when asked', () => {
    const shown = renderMarkdown(summaryOf(planner, 'en', TODAY).summary);
    expect(shown).toContain('Unemployment benefits: €1,686\\.60 a month\\.');
    const hidden = renderMarkdown(
      summaryOf({ ...planner, summary: { ...planner.summary, hideAmounts: true } }, 'en', TODAY).summary,
    );
    expect(hidden).toContain('Unemployment benefits are paid monthly \\(amount hidden\\)\\.');
    expect(hidden).not.toMatch(/€\s?\d|\d\s?€/);
  });

  it('with no job and no counted offer, says no first pay is planned and when the money runs out, in both languages', () => {
    const noJob = {
      ...planner,
      applications: { ...planner.applications, applications: [] },
      budget: { ...planner.budget, newIncomes: [] },
    };
    // The money block is the list after the "Money" heading.
    const moneyItems = (language: 'en' | 'fr') => {
      const { blocks } = summaryOf(noJob, language, TODAY).summary;
      const heading = blocks.findIndex(
        (block) => block.kind === 'heading' && block.text.match(/^(Money|Budget)$/),
      );
      const list = blocks[heading + 1];
      return list?.kind === 'list' ? list.items : [];
    };
    // FULL_BUDGET without its job runs out on 12 October 2027; the Path is ready on 6 December
    // 2026, + 8 weeks = 31 January 2027: a target, worded as one.
    expect(moneyItems('en').slice(0, 3)).toEqual([
      'No first pay is planned: no expected job and no counted offer. At this rate the money runs out on 12 October 2027.',
      'The money falls below the safety floor on 12 October 2027.',
      'Target, not planned income: a first pay by 31 January 2027, 8 weeks after the ready date. The budget does not count it.',
    ]);
    expect(moneyItems('fr')[0]).toBe(
      'Aucun premier salaire n’est prévu\u202f: ni emploi attendu, ni offre comptée. À ce rythme, l’argent s’épuise le 12 octobre 2027.',
    );
    expect(renderMarkdown(summaryOf(noJob, 'en', TODAY).summary)).not.toMatch(
      /expected pay|first pay expected/i,
    );
  });

  it('leaves out the parts the user unticked', () => {
    const only = { ...planner, summary: { ...planner.summary, include: ['situation' as const] } };
    const headings = summaryOf(only, 'en', TODAY)
      .summary.blocks.filter((block) => block.kind === 'heading' && block.level === 2)
      .map((block) => (block.kind === 'heading' ? block.text : ''));
    expect(headings).toEqual(['Situation']);
  });
});

describe('the job-search log, worded once per label', () => {
  const big = fullPlanner({ applications: 300, milestones: 8, today: TODAY, name: 'Amina Diallo' });

  it('words every row exactly as a translation per row would, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      const t = testI18n.getFixedT(language);
      const { stages } = big.applications;
      const perRow = searchLog(big.applications.applications, {
        stage: (id) => stageLabel(id, stages, t),
        contacted: (name) => t('applications.files.contacted', { name }),
        assessment: (kind) => t('applications.files.assessment', { kind }),
      });
      const { input } = summaryOf({ ...big, summary: { ...big.summary, logMonths: null } }, language, TODAY);
      expect(input.log.length).toBeGreaterThan(300);
      expect(input.log).toEqual(perRow);
    }
  });

  it('asks for each label once, however many rows name it', () => {
    const word = vi.fn((stage: string) => stage.toUpperCase());
    const once = wordedOnce(word);
    expect(['applied', 'applied', 'offer', 'applied'].map(once)).toEqual([
      'APPLIED',
      'APPLIED',
      'OFFER',
      'APPLIED',
    ]);
    expect(word).toHaveBeenCalledTimes(2);
  });

  it('fills a translated sentence with each name, the sentence translated once', () => {
    const t = vi.fn(testI18n.getFixedT('fr'));
    const contacted = filledTemplate(t, 'applications.files.contacted');
    expect(contacted('Léa Martin')).toBe('Échange avec Léa Martin');
    // A name that looks like a replacement pattern is written as typed.
    expect(contacted('$& {{name}}')).toBe('Échange avec $& {{name}}');
    expect(t).toHaveBeenCalledTimes(1);
  });
});
