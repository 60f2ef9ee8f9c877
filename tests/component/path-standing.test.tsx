import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, format, parseISO, startOfWeek, subWeeks } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import type { Baseline } from '../../renderer/src/domain/path/progress';
import { formattersFor } from '../../renderer/src/domain/formatters';
import { blankRating } from '../../renderer/src/state/skills-store';
import { fixedClockToday } from '../support/fixed-clock';
import { validDocument } from '../support/fixtures';
import { milestone } from '../support/milestones';
import { renderApp } from './render-app';

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const thisMonday = startOfWeek(parseISO(fixedClockToday()), { weekStartsOn: 1 });

function documentWith(language: 'en' | 'fr', hoursLogged: number, baseline: Baseline): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language, theme: 'light' },
    skills: {
      ...base.skills,
      languagePairs: [],
      targets: ['law'],
      ratings: [blankRating('legal-research', 2)],
    },
    path: {
      milestones: [
        milestone('course', 40, { title: 'Course', domainIds: ['law'], status: 'doing', hoursLogged }),
      ],
      startDate: null,
      weekOverrides: [],
      blackoutWeeks: [],
      baseline,
    },
  };
}

async function openPath(document: PlannerDocument) {
  window.location.hash = '#/path';
  return renderApp({ document });
}

/** The sentence after "Plan accepted on …", as the user reads it (French spaces kept). */
async function expectStanding(text: string) {
  await waitFor(() => {
    const line = screen.getByText(/^(Plan accepted on|Plan validé le) /);
    expect(line.textContent?.replace(/^.*?\d{4}\. /, '')).toBe(text);
  });
}

// The profile is in France: the fixture's country decides how days are written.
const longDay = (language: 'en' | 'fr', day: Date) => formattersFor(language, 'FR').longDay(iso(day));

describe('the path’s standing against an accepted plan', () => {
  // Accepted today, 6 hours planned this week: none of it is due until the week ends on Sunday.
  const acceptedToday: Baseline = {
    acceptedOn: fixedClockToday(),
    loggedHours: 2,
    plannedWeeks: [{ weekStart: iso(thisMonday), hours: 6 }],
  };

  it('says when the first hours fall due instead of "0 hours logged of 0", then that logged hours are ahead', async () => {
    const user = userEvent.setup();
    await openPath(documentWith('en', 2, acceptedToday));
    const sunday = longDay('en', addDays(thisMonday, 6));
    await expectStanding(`Nothing is due yet. The plan’s first 6 hours are due by ${sunday}.`);
    expect(screen.queryByText(/of 0 planned/)).toBeNull();

    const logged = screen.getByLabelText('Hours logged on Course');
    await user.clear(logged);
    await user.type(logged, '3{Enter}');
    await expectStanding(`On track: 1 hour logged so far. The plan’s first 6 hours are due by ${sunday}.`);

    await user.clear(logged);
    await user.type(logged, '14.5{Enter}');
    await expectStanding(
      `Ahead of the plan: 12.5 hours logged already. The plan’s first 6 hours are due by ${sunday}.`,
    );
  });

  it('in French, says nothing is due yet and on which day the first hours fall due', async () => {
    await openPath(documentWith('fr', 2, acceptedToday));
    await expectStanding(
      `Aucune échéance n’est encore passée. Première échéance du plan\u202f: 6\u00a0heures d’ici le ${longDay('fr', addDays(thisMonday, 6))}.`,
    );
  });

  it('compares with the weeks already over, and says by how much the user is ahead, in both languages', async () => {
    // Two weeks ago: 10 hours planned, that week is over; 12.5 hours logged since accepting.
    const twoWeeksAgo: Baseline = {
      acceptedOn: iso(subWeeks(thisMonday, 2)),
      loggedHours: 0,
      plannedWeeks: [{ weekStart: iso(subWeeks(thisMonday, 2)), hours: 10 }],
    };
    const english = await openPath(documentWith('en', 12.5, twoWeeksAgo));
    await expectStanding('Ahead of the plan: 12.5 hours logged, 2.5 more than the 10 planned so far.');
    english.unmount();

    await openPath(documentWith('fr', 10, twoWeeksAgo));
    await expectStanding('Dans les temps\u202f: 10\u00a0h faites, pour un plan de 10\u00a0h à ce jour.');
  });
});
