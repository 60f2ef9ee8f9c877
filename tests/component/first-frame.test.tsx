/**
 * Start-up's first frame: painted from the small first-frame facts (language, theme,
 * onboarded) before the document is even asked for, then replaced by the app.
 */
import { act, screen, within } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlannerDocument } from '../../preload/contract/document';
import { boot } from '../../renderer/src/boot';
import { paintFirstFrame } from '../../renderer/src/first-frame/paint-first-frame';
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

  it('gives way to the app, with the document loaded after it', async () => {
    const { channels } = connectApi({ document: onboarded({ language: 'en', theme: 'light' }) });
    // The idle prefetch of the other sections is not this test's subject, and would import
    // them after the page is gone: the idle callback is held, never run.
    // (jsdom has no requestIdleCallback; the one put here is removed after the test.)
    const idle = vi.fn(() => 0);
    window.requestIdleCallback = idle;
    const root = pageRoot();
    const started = startLoading();
    const painted = await paintFirstFrame(started);
    expect(root.querySelector('.first-frame')).not.toBeNull();
    booted = await act(() => boot(started, import('../../renderer/src/app/App'), painted));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(root.querySelector('.first-frame')).toBeNull();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(channels.indexOf('document:first-frame')).toBeLessThan(channels.indexOf('document:load'));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(idle).toHaveBeenCalled();
  });
});
