import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { blankRating } from '../../renderer/src/state/skills-store';
import { validDocument } from '../support/fixtures';
import { renderApp } from './render-app';

function documentWith(ratings: Record<string, number>): PlannerDocument {
  const base = validDocument();
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    skills: {
      ...base.skills,
      languagePairs: [],
      ratings: Object.entries(ratings).map(([id, level]) => blankRating(id, level)),
    },
  };
}

async function openSkills(path = '/skills', document = documentWith({})) {
  window.location.hash = `#${path}`;
  return renderApp({ document });
}

describe('the skills inventory', () => {
  it('saves a level as soon as it is chosen, with its anchor spelled out', async () => {
    const user = userEvent.setup();
    const { storage } = await openSkills('/skills/inventory');
    const select = screen.getByLabelText('Teaching');
    expect(
      within(select).getByRole('option', { name: '3 – Proficient: Do it well on my own' }),
    ).toBeInTheDocument();
    await user.selectOptions(select, '3');
    await waitFor(() => expect(storage.current().skills.ratings).toContainEqual(blankRating('teaching', 3)));
    expect(screen.getByText('1 skill rated')).toBeInTheDocument();
  });

  it('keeps both of two levels picked in quick succession', async () => {
    const { storage } = await openSkills('/skills/inventory');
    // No await between the two: the second change starts before the first is saved.
    fireEvent.change(screen.getByLabelText('Teaching'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Accounting'), { target: { value: '2' } });
    await waitFor(() => expect(storage.current().skills.ratings).toHaveLength(2));
    expect(storage.current().skills.ratings).toEqual([
      blankRating('teaching', 3),
      blankRating('accounting', 2),
    ]);
    await waitFor(() => expect(screen.getByText('2 skills rated')).toBeInTheDocument());
  });

  it('checks evidence and saves it with the rating', async () => {
    const user = userEvent.setup();
    const { storage } = await openSkills('/skills/inventory', documentWith({ teaching: 3 }));
    await user.click(screen.getByText('Evidence for Teaching'));
    const years = screen.getByLabelText('Years of practice');
    await user.type(years, '2.3');
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    // Said next to the field, which keeps what was typed; nothing is saved.
    expect(await screen.findByText(/Enter years as a number from 0 to 60/)).toBeInTheDocument();
    expect(years).toHaveAccessibleDescription(
      expect.stringContaining('Enter years as a number from 0 to 60'),
    );
    expect(years).toHaveValue('2.3');
    expect(storage.current().skills.ratings.find((r) => r.skillId === 'teaching')?.years).toBeNull();
    await user.clear(years);
    await user.type(years, '2.5');
    await user.type(screen.getByLabelText('Certificate'), 'CAPES');
    await user.click(screen.getByRole('button', { name: 'Save evidence' }));
    expect(await screen.findByText('Evidence saved.')).toBeInTheDocument();
    expect(storage.current().skills.ratings.find((r) => r.skillId === 'teaching')).toMatchObject({
      years: 2.5,
      certificate: 'CAPES',
      level: 3,
    });
  });

  it('turns a former role into suggestions the user confirms or skips one by one', async () => {
    const user = userEvent.setup();
    const { storage } = await openSkills('/skills/inventory');
    await user.click(screen.getByRole('checkbox', { name: 'Teacher' }));
    await user.click(screen.getByRole('button', { name: 'Suggest skills' }));
    const confirm = await screen.findByRole('button', { name: 'Confirm Teaching' });
    expect(storage.current().skills.ratings).toEqual([]);
    await user.selectOptions(screen.getByLabelText('Level for Teaching'), '2');
    await user.click(confirm);
    await user.click(screen.getByRole('button', { name: 'Skip Psychology' }));
    await waitFor(() => expect(storage.current().skills.ratings).toEqual([blankRating('teaching', 2)]));
    expect(
      storage
        .current()
        .skills.suggestions.map((s) => s.skillId)
        .sort(),
    ).toEqual(['assessment-design', 'curriculum-design']);
  });

  it('confirms every suggestion in one go from the keyboard, at the levels shown, and says so', async () => {
    const user = userEvent.setup();
    const { storage } = await openSkills('/skills/inventory');
    await user.click(screen.getByRole('checkbox', { name: 'Teacher' }));
    await user.click(screen.getByRole('button', { name: 'Suggest skills' }));
    await user.selectOptions(await screen.findByLabelText('Level for Teaching'), '2');
    // Reached with Tab from the last suggestion's Skip button, pressed with Enter.
    screen.getByRole('button', { name: 'Skip Psychology' }).focus();
    await user.tab();
    const confirmAll = screen.getByRole('button', { name: 'Confirm all 4 suggested skills' });
    expect(confirmAll).toHaveFocus();
    const saves = vi.spyOn(window.api, 'saveSection');
    await user.keyboard('{Enter}');
    const result = await screen.findByText(
      '4 suggested skills confirmed and rated: they now count in each domain’s fit.',
    );
    expect(result).toHaveRole('status');
    expect(result).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Suggested skills to confirm' })).not.toBeInTheDocument();
    expect(screen.getByText('4 skills rated')).toBeInTheDocument();
    expect(storage.current().skills.suggestions).toEqual([]);
    // One change and one save for all four, not four saves.
    expect(saves).toHaveBeenCalledTimes(1);
    expect(new Map(storage.current().skills.ratings.map((r) => [r.skillId, r.level]))).toEqual(
      new Map([
        ['teaching', 2],
        ['curriculum-design', 3],
        ['assessment-design', 3],
        ['psychology', 1],
      ]),
    );
  });

  it('imports a Windows-1252 JSON Resume, says so, and keeps non-Latin skills apart', async () => {
    const user = userEvent.setup();
    const { storage } = await openSkills('/skills/inventory');
    // "Rédaction" with é as the byte 0xE9: not UTF-8, so read as Windows-1252. The other
    // names are plain ASCII escapes in the JSON, so the file stays one-byte text.
    const json = JSON.stringify({ skills: [{ name: 'R_daction' }, { name: '日本語' }, { name: 'Русский' }] });
    const ascii = new TextEncoder().encode(
      json.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    );
    const bytes = ascii.map((byte) => (byte === 0x5f ? 0xe9 : byte));
    const input = document.querySelector<HTMLInputElement>(
      'input[accept=".json,application/json"]',
    ) as HTMLInputElement;
    await user.upload(input, new File([bytes], 'resume.json', { type: 'application/json' }));
    expect(await screen.findByText(/it was read as Windows-1252/)).toBeInTheDocument();
    expect(screen.getByText(/Rédaction, 日本語, Русский/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(storage.current().skills.customSkills).toHaveLength(3));
    const ids = storage.current().skills.customSkills.map((own) => own.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('adds a language pair, which becomes its own domain', async () => {
    const user = userEvent.setup();
    await openSkills('/skills/inventory');
    await user.selectOptions(screen.getByLabelText('From'), 'es');
    await user.selectOptions(screen.getByLabelText('Into'), 'en');
    await user.click(screen.getByRole('button', { name: 'Add pair' }));
    expect(await screen.findByRole('button', { name: 'Remove Spanish → English' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Domains' }));
    expect(
      await screen.findByRole('link', { name: 'Languages and translation (Spanish → English)' }),
    ).toBeInTheDocument();
  });
});

describe('the ranking and a domain', () => {
  it('warns when ratings are too uniform to tell domains apart', async () => {
    await openSkills(
      '/skills',
      documentWith({ teaching: 3, programming: 3, accounting: 3, 'legal-research': 3, genetics: 3 }),
    );
    expect(screen.getByRole('note')).toHaveTextContent('Most of your ratings are at the same level');
  });

  it('clears the "blocked until" badge when the user ticks the gate, and keeps two targets at most', async () => {
    const user = userEvent.setup();
    const { storage } = await openSkills('/skills/domain/law', documentWith({ 'legal-research': 3 }));
    expect(screen.getByText('Blocked until: A law degree')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'I have this: A law degree' }));
    await waitFor(() => expect(screen.queryByText('Blocked until: A law degree')).not.toBeInTheDocument());
    expect(storage.current().skills.gatesMet).toEqual(['law/law-degree']);
    await user.click(screen.getByRole('button', { name: 'Make this a target' }));
    await waitFor(() => expect(storage.current().skills.targets).toEqual(['law']));
  });

  it('never shows a fit of 100 beside a missing required skill, and says what holds it at 99', async () => {
    const user = userEvent.setup();
    // The nurse with rubric grading at level 2: required points 90 + the full bonus of 10.
    const nurse = {
      'clinical-practice': 4,
      'medical-terminology': 3,
      'patient-safety': 3,
      'evidence-based-medicine': 1,
      pharmacology: 2,
      'fact-checking': 3,
      'rubric-grading': 2,
    };
    await openSkills('/skills', documentWith(nurse));
    const medicine = screen.getByRole('link', { name: 'Medicine and clinical care' }).closest('li');
    expect(medicine).toHaveTextContent('Fit 99 / 100');
    expect(medicine).toHaveTextContent('Missing: Evidence-based medicine');
    await user.click(screen.getByRole('link', { name: 'Medicine and clinical care' }));
    expect(
      await screen.findByText(
        'Fit 99: 90 from required skills + 10 bonus (out of 10) would make 100, but 100 means every required skill is at its level.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Held at 99 until 1 required skill reaches its level: Evidence-based medicine.',
    );
    // At its level, nothing is missing and the fit is 100.
    await user.click(screen.getByRole('link', { name: '← All domains' }));
    await user.click(screen.getByRole('link', { name: 'Your skills' }));
    await user.selectOptions(screen.getByLabelText('Evidence-based medicine'), '2');
    await user.click(screen.getByRole('link', { name: 'Domains' }));
    await waitFor(() =>
      expect(
        screen.getByRole('link', { name: 'Medicine and clinical care' }).closest('li'),
      ).toHaveTextContent('Fit 100 / 100'),
    );
  });

  it('lets the user edit a built-in domain’s skills, and reset it', async () => {
    const user = userEvent.setup();
    const { storage } = await openSkills('/skills/domain/law/edit', documentWith({ 'legal-research': 3 }));
    await user.click(screen.getByRole('button', { name: 'Required skill 3: remove' }));
    await user.click(screen.getByRole('button', { name: 'Required skill 2: remove' }));
    await user.click(screen.getByRole('button', { name: 'Save domain' }));
    expect(await screen.findByText('Fit 100 / 100')).toBeInTheDocument();
    expect(storage.current().skills.domainOverrides[0]?.required).toEqual([
      { skillId: 'legal-research', weight: 5, level: 3 },
    ]);
    await user.click(screen.getByRole('button', { name: 'Reset to the built-in version' }));
    await waitFor(() => expect(storage.current().skills.domainOverrides).toEqual([]));
    expect(screen.getByText(/^Fit \d+ \/ 100$/)).not.toHaveTextContent('Fit 100 / 100');
  });

  it('creates the user’s own domain, refusing one without a name', async () => {
    const user = userEvent.setup();
    const { storage } = await openSkills('/skills/new', documentWith({ teaching: 4 }));
    await user.click(screen.getByRole('button', { name: 'Add a required skill' }));
    await user.selectOptions(screen.getByLabelText('Required skill 1'), 'teaching');
    await user.click(screen.getByRole('button', { name: 'Save domain' }));
    expect(await screen.findByText('Give the domain a name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Domain name')).toHaveAccessibleDescription('Give the domain a name.');
    expect(storage.current().skills.customDomains).toEqual([]);
    await user.type(screen.getByLabelText('Domain name'), 'Soins palliatifs');
    await user.click(screen.getByRole('button', { name: 'Save domain' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Soins palliatifs' })).toBeInTheDocument();
    expect(storage.current().skills.customDomains[0]).toMatchObject({
      id: 'own-soins-palliatifs',
      name: 'Soins palliatifs',
    });
  });

  it('compares two domains side by side', async () => {
    const user = userEvent.setup();
    await openSkills('/skills', documentWith({ 'legal-research': 3, teaching: 2 }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare Law' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare Education and pedagogy' }));
    await user.click(screen.getByRole('button', { name: 'Compare selected' }));
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Law' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Blocked until/ })).toHaveTextContent('A law degree');
  });
});
