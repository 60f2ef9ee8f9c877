/** Hours or tasks a week on an application: what lets the Budget count hourly and per-task pay. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { application } from '../support/applications';
import { renderApp } from './render-app';

function documentWith(applications: PlannerDocument['applications']['applications']): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    applications: { ...base.applications, applications },
  };
}

describe('units a week on an application', () => {
  it('asks hours a week for hourly pay, explains a bad number, and saves 7,5 as 7.5', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/applications/new';
    const { storage } = await renderApp({ document: documentWith([]) });
    await user.type(screen.getByLabelText('Organisation'), 'Outlier');
    await user.type(screen.getByLabelText('Amount (or lowest)'), '25');
    await user.selectOptions(screen.getByLabelText('Currency'), 'USD');
    await user.type(screen.getByLabelText('Hours a week'), '200');
    await user.click(screen.getByRole('button', { name: 'Add the application' }));
    expect(
      await screen.findByText('Enter a number from 0 to 168, such as 20 or 7.5, or leave it empty.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Hours a week')).toHaveValue('200');
    expect(storage.current().applications.applications).toEqual([]);

    await user.clear(screen.getByLabelText('Hours a week'));
    await user.type(screen.getByLabelText('Hours a week'), '7,5');
    await user.click(screen.getByRole('button', { name: 'Add the application' }));
    await waitFor(() => expect(storage.current().applications.applications).toHaveLength(1));
    expect(storage.current().applications.applications[0]?.pay).toEqual({
      minMinor: 2500,
      maxMinor: null,
      unit: 'hour',
      currency: 'USD',
      unitsPerWeek: 7.5,
    });
  });

  it('asks tasks a week for per-task pay, keeps a saved number, and drops it for monthly pay', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/applications/tasks';
    const pay = {
      minMinor: 300,
      maxMinor: null,
      unit: 'task' as const,
      currency: 'USD' as const,
      unitsPerWeek: 40,
    };
    const { storage } = await renderApp({ document: documentWith([application('tasks', { pay })]) });
    expect(await screen.findByLabelText('Tasks a week')).toHaveValue('40');
    await user.selectOptions(screen.getByLabelText('Paid'), 'month');
    expect(screen.queryByLabelText('Tasks a week')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(storage.current().applications.applications[0]?.pay).toMatchObject({
        unit: 'month',
        unitsPerWeek: null,
      }),
    );
  });
});
