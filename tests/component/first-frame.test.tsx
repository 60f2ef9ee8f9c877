/**
 * Start-up's first frame: painted from the small first-frame facts (language, theme,
 * onboarded) before the document is even asked for, then replaced by the app.
 */
import { act, screen, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { boot } from '../../renderer/src/boot';
import { paintFirstFrame } from '../../renderer/src/first-frame/paint-first-frame';
import { showStartFailure } from '../../renderer/src/first-frame/show-start-failure';
import { startLoading } from '../../renderer/src/start-loading';
import { validDocument } from '../support/fixtures';
import { connectApi } from './render-app';

function pageRoot(): HTMLElement {
  const element = document.createElement('div');
  element.id = 'root';
  element.innerHTML = '<p class="boot-message" role="status">…</p>';
  document.body.append(element);
  return element;
}

function onboarded(preferences: Partial<PlannerDocument['preferences']>): PlannerDocument {
  const document = validDocument();
  return {
    ...document,
    profile: { ...document.profile, onboardedAt: '2026-11-02T09:00:00.000Z' },
    preferences: { ...document.preferences, ...preferences },
  };
}

/** A root the app booted: unmounted after the test, so React does no work once the page is gone. */
let booted: Root | undefined;
/**
 * The idle prefetch of the other sections would import them after the page is gone: its
 * callback is held, never run. (jsdom has no requestIdleCallback; this one is removed after.)
 */
const idle = vi.fn(() => 0);

beforeEach(() => {
  idle.mockClear();
  window.requestIdleCallback = idle;
});

afterEach(() => {
  if (booted) act(() => booted?.unmount());
  booted = undefined;
  delete (window as Partial<Window>).requestIdleCallback;
  document.getElementById('root')?.remove();
  delete document.documentElement.dataset.theme;
});

describe('the first frame', () => {
  it('is drawn in the saved language and theme, before the document is asked for', async () => {
    const { channels } = connectApi({ document: onboarded({ language: 'fr', theme: 'dark' }) });
    const root = pageRoot();
    expect(await paintFirstFrame(startLoading())).toBe(true);
    expect(channels).toContain('document:first-frame');
    expect(channels).not.toContain('document:load');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('fr');
    // A picture of the shell: hidden from screen readers, out of the keyboard's reach.
    const frame = root.querySelector('.first-frame') as HTMLElement;
    expect(frame).toHaveAttribute('aria-hidden', 'true');
    expect(frame).toHaveAttribute('inert');
    expect(frame.querySelectorAll('a, button, input, select, textarea, [tabindex]')).toHaveLength(0);
    expect(within(frame).getByRole('heading', { level: 1, hidden: true })).toHaveTextContent('Aujourd’hui');
    expect(frame.querySelector('[aria-current="page"]')).toHaveTextContent('Aujourd’hui');
    expect(frame).toHaveTextContent('Compétences et domaines');
  });

  it('has no heading on another section, and marks that section in the navigation', async () => {
    connectApi({ document: onboarded({ language: 'en' }) });
    window.location.hash = '#/budget/money';
    const root = pageRoot();
    expect(await paintFirstFrame(startLoading())).toBe(true);
    expect(root.querySelector('h1')).toBeNull();
    expect(root.querySelector('[aria-current="page"]')).toHaveTextContent('Budget');
  });

  it('is skipped on first run, which opens onboarding once the document is here', async () => {
    connectApi();
    const root = pageRoot();
    expect(await paintFirstFrame(startLoading())).toBe(false);
    expect(root.querySelector('.boot-message')).not.toBeNull();
  });

  it('gives way to the app', async () => {
    connectApi({ document: onboarded({ language: 'en', theme: 'light' }) });
    const root = pageRoot();
    const started = startLoading();
    const painted = await paintFirstFrame(started);
    expect(root.querySelector('.first-frame')).not.toBeNull();
    booted = await act(() => boot(started, import('../../renderer/src/app/App'), painted));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(root.querySelector('.first-frame')).toBeNull();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(document.documentElement.dataset.theme).toBe('light');
    // The other sections are prefetched when the page is idle.
    expect(idle).toHaveBeenCalled();
  });

  it('says in words that the app is damaged when its code does not load, in the saved language', async () => {
    connectApi({ document: onboarded({ language: 'fr', theme: 'dark' }) });
    const root = pageRoot();
    const started = startLoading();
    const painted = await paintFirstFrame(started);
    const missing = Promise.reject(new Error('Failed to fetch dynamically imported module: app.js'));
    booted = await act(() => boot(started, missing, painted));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Passerelle n’a pas pu démarrer.*Réinstaller/,
    );
    expect(screen.getByText(/app\.js$/)).toBeVisible();
    expect(root.querySelector('.first-frame')).toBeNull();
  });

  it('draws the same message without React when React itself is what did not load', async () => {
    connectApi({ document: onboarded({ language: 'en' }) });
    const root = pageRoot();
    const started = startLoading();
    await paintFirstFrame(started);
    await showStartFailure(started, new TypeError('Failed to fetch dynamically imported module: react.js'));
    expect(root.querySelector('.first-frame')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Passerelle');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Passerelle could not start: part of the app is missing or damaged. Your planner has not been touched.',
    );
    expect(
      screen.getByText('Technical detail: Failed to fetch dynamically imported module: react.js'),
    ).toBeVisible();
  });
});
