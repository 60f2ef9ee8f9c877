import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { validDocument } from '../support/fixtures';
import { milestone } from '../support/milestones';
import { renderApp } from './render-app';

const COUNT = 150;

function longPath(): PlannerDocument {
  const base = validDocument();
  const milestones = Array.from({ length: COUNT }, (_, i) =>
    milestone(`m${i + 1}`, 4, { title: `Step ${i + 1}` }),
  );
  return {
    ...base,
    preferences: { language: 'en', theme: 'light' },
    path: { milestones, startDate: null, weekOverrides: [], blackoutWeeks: [], baseline: null },
  };
}

async function open(hash: string) {
  window.location.hash = hash;
  await renderApp({ document: longPath() });
  await screen.findByRole('heading', { level: 1, name: 'Path' });
}

/**
 * jsdom has no layout: the page "scrolls" by moving window.scrollY, every element moving up
 * with it (as if each started at the page's top), and saying so.
 */
function scrollPageTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: -y, width: 1024, height: 0 }),
  );
  act(() => {
    window.dispatchEvent(new Event('scroll'));
  });
}

afterEach(() => {
  scrollPageTo(0);
  vi.restoreAllMocks();
});

describe('a path of 150 milestones', () => {
  it('lists a screenful of milestones, each saying its place among all 150, and the rest as the page scrolls', async () => {
    await open('#/path');
    const rows = () => [...document.querySelectorAll('ol.milestones > li')];
    expect(rows().length).toBeGreaterThan(3);
    expect(rows().length).toBeLessThan(40);
    expect(rows()[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows()[0]).toHaveAttribute('aria-setsize', String(COUNT));
    const titles = () => [...document.querySelectorAll('.milestone-title')].map((node) => node.textContent);
    expect(titles()).toContain('Step 1');
    expect(titles()).not.toContain('Step 120');

    scrollPageTo(130 * 118);
    await waitFor(() => expect(titles()).toContain('Step 120'));
    expect(titles()).not.toContain('Step 1');
    // The skipped rows keep their room, so the page keeps its height and scroll position.
    const list = document.querySelector<HTMLElement>('ol.milestones');
    expect(Number.parseFloat(list?.style.paddingTop ?? '0')).toBeGreaterThan(100 * 100);
  });

  it('shows the timeline as a table of 150 rows of which a screenful is in the page', async () => {
    await open('#/path/timeline');
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    const bodyRows = [...table.querySelectorAll('tbody tr:not([aria-hidden])')];
    expect(bodyRows.length).toBeGreaterThan(3);
    expect(bodyRows.length).toBeLessThan(60);
    expect(bodyRows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByRole('rowheader', { name: 'Step 1' })).toBeInTheDocument();

    scrollPageTo(31 * 140);
    expect(await screen.findByRole('rowheader', { name: 'Step 145' })).toBeInTheDocument();
  });
});
