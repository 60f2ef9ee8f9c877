import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import type { Milestone } from '../../preload/contract/path-section';
import { blankRating } from '../../renderer/src/state/skills-store';
import { validDocument } from '../support/fixtures';
import { milestone } from '../support/milestones';
import { renderApp } from './render-app';

function documentWith(milestones: Milestone[], targets: string[] = []): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    skills: { ...base.skills, languagePairs: [], targets, ratings: [blankRating('legal-research', 3)] },
    path: { milestones, startDate: null, weekOverrides: [], blackoutWeeks: [], baseline: null },
  };
}

async function openPath(document: PlannerDocument) {
  window.location.hash = '#/path';
  return renderApp({ document });
}

const details = (title: string) => screen.getByText(`Details of ${title}`);
const detailsBox = (title: string) => within(details(title).closest('details') as HTMLElement);

describe('the path screen', () => {
  it('edits a milestone’s details, making it the user’s own, with its cost in the profile currency', async () => {
    const user = userEvent.setup();
    const { storage } = await openPath(
      documentWith([milestone('course', 10, { title: 'Course', generated: true })]),
    );
    await user.click(details('Course'));
    const box = detailsBox('Course');
    const effort = box.getByLabelText('Effort (hours)');
    await user.clear(effort);
    await user.type(effort, '12');
    await user.type(box.getByLabelText('Cost (EUR), if any'), '49,90');
    await user.type(box.getByLabelText('Paid on'), '01/12/2026');
    await user.click(box.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Details saved.')).toBeInTheDocument();
    expect(storage.current().path.milestones[0]).toMatchObject({
      effortHours: 12,
      generated: false,
      cost: { amountMinor: 4990, currency: 'EUR', paidOn: '2026-12-01' },
    });
  });

  it('refuses prerequisites that would loop, and explains why', async () => {
    const user = userEvent.setup();
    const { storage } = await openPath(
      documentWith([
        milestone('a', 5, { title: 'A' }),
        milestone('b', 5, { title: 'B', prerequisites: ['a'] }),
      ]),
    );
    await user.click(details('A'));
    const detailsBox = details('A').closest('details') as HTMLElement;
    await user.click(within(detailsBox).getByRole('checkbox', { name: 'B' }));
    await user.click(within(detailsBox).getByRole('button', { name: 'Save details' }));
    expect(within(detailsBox).getByRole('alert')).toHaveTextContent('wait for each other in a loop');
    expect(storage.current().path.milestones[0]?.prerequisites).toEqual([]);
  });

  it('adds a milestone only once its title and hours read, keeping what was typed and saying why', async () => {
    const user = userEvent.setup();
    const { storage } = await openPath(documentWith([milestone('a', 5, { title: 'A' })]));
    const add = within(await screen.findByRole('region', { name: 'Add a milestone' }));
    const hours = add.getByLabelText('Effort (hours)');
    await user.type(add.getByLabelText('Title'), 'Mock interviews');
    await user.clear(hours);
    await user.type(hours, '2001');
    await user.click(add.getByRole('button', { name: 'Add milestone' }));
    expect(await add.findByText('Enter a whole number from 1 to 2000.')).toBeInTheDocument();
    expect(hours).toHaveAccessibleDescription('Enter a whole number from 1 to 2000.');
    expect(add.getByLabelText('Title')).toHaveValue('Mock interviews');
    expect(storage.current().path.milestones).toHaveLength(1);
    await user.clear(hours);
    await user.type(hours, '8');
    await user.click(add.getByRole('button', { name: 'Add milestone' }));
    await waitFor(() => expect(storage.current().path.milestones).toHaveLength(2));
    expect(storage.current().path.milestones[1]).toMatchObject({ title: 'Mock interviews', effortHours: 8 });
    expect(add.getByLabelText('Title')).toHaveValue('');
  });

  it('splits a milestone in two that keep its total effort and its place in the order', async () => {
    const user = userEvent.setup();
    const { storage } = await openPath(
      documentWith([
        milestone('a', 9, { title: 'A' }),
        milestone('b', 2, { title: 'B', prerequisites: ['a'] }),
      ]),
    );
    await user.click(details('A'));
    await user.click(detailsBox('A').getByRole('button', { name: 'Split in two' }));
    await waitFor(() => expect(storage.current().path.milestones).toHaveLength(3));
    expect(storage.current().path.milestones.map((m) => [m.id, m.effortHours, m.prerequisites])).toEqual([
      ['a', 5, []],
      ['a-part-2', 4, ['a']],
      ['b', 2, ['a-part-2']],
    ]);
    expect([...document.querySelectorAll('.milestone-title')].map((node) => node.textContent)).toContain(
      'A (part 2)',
    );
  });

  it('filters the list, and gives one week different hours', async () => {
    const user = userEvent.setup();
    const { storage } = await openPath(
      documentWith([
        milestone('open', 5, { title: 'Still open' }),
        milestone('over', 5, { title: 'Finished', status: 'done' }),
      ]),
    );
    await user.selectOptions(screen.getByLabelText('Show'), 'finished');
    const titles = () => [...document.querySelectorAll('.milestone-title')].map((node) => node.textContent);
    expect(titles()).toEqual(['Finished']);
    // The forms under the list come after the plan has painted.
    await user.type(await screen.findByLabelText('Week with other hours, starting'), '10/12/2026');
    await user.type(screen.getByLabelText('Hours that week'), '3');
    await user.click(screen.getByRole('button', { name: 'Set hours' }));
    // Stored as the Monday of that week.
    await waitFor(() =>
      expect(storage.current().path.weekOverrides).toEqual([{ weekStart: '2026-12-07', hours: 3 }]),
    );
  });

  it('asks before replacing milestones the user edited when the path is built again', async () => {
    const user = userEvent.setup();
    const edited = milestone('learn-legal-drafting', 99, {
      title: 'My own drafting plan',
      kind: 'learn',
      skillIds: ['legal-drafting'],
      domainIds: ['law'],
    });
    const { storage } = await openPath(documentWith([edited], ['law']));
    await user.click(screen.getByRole('button', { name: 'Build my path from my targets' }));
    expect(
      await screen.findByText('You edited 1 milestone that the new proposal would change.'),
    ).toBeInTheDocument();
    expect(storage.current().path.milestones.find((m) => m.id === 'learn-legal-drafting')?.effortHours).toBe(
      99,
    );
    await user.click(screen.getByRole('button', { name: 'Replace them' }));
    await waitFor(() =>
      expect(
        storage.current().path.milestones.find((m) => m.id === 'learn-legal-drafting')?.effortHours,
      ).toBe(60),
    );
  });

  it('shows and reads logged hours the French way in French', async () => {
    const user = userEvent.setup();
    const document = documentWith([milestone('a', 10, { title: 'Cours', hoursLogged: 6.5 })]);
    document.preferences.language = 'fr';
    const { storage } = await openPath(document);
    // Testing Library reads the label's U+202F before ':' as a plain space.
    const logged = screen.getByLabelText('Heures faites sur : Cours');
    expect(logged).toHaveValue('6,5');
    await user.clear(logged);
    await user.type(logged, '7,25{Enter}');
    await waitFor(() => expect(storage.current().path.milestones[0]?.hoursLogged).toBe(7.25));
  });

  it('says plainly that nothing can be planned at zero hours a week', async () => {
    const document = documentWith([milestone('a', 5, { title: 'A' })]);
    document.profile.hoursPerWeek = 0;
    await openPath(document);
    expect(screen.getByRole('alert')).toHaveTextContent('With 0 hours a week nothing can be planned.');
  });
});
