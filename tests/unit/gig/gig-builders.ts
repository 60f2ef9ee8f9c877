/** Small builders for gig-log tests: a valid entry or screening, changed only where a test says. */
import type { GigPlatform, Screening, WorkEntry } from '../../../preload/contract/gig-section';

export function platform(overrides: Partial<GigPlatform> = {}): GigPlatform {
  return { id: 'mercor', name: 'Mercor', currency: 'USD', notes: '', ...overrides };
}

export function entry(overrides: Partial<WorkEntry> = {}): WorkEntry {
  return {
    id: 'e1',
    platformId: 'mercor',
    project: 'Finance rubric',
    day: '2026-11-02',
    paidMinutes: 0,
    unpaidMinutes: { onboarding: 0, assessment: 0, waiting: 0 },
    tasks: 0,
    rate: { amountMinor: 0, unit: 'hour' },
    currency: 'USD',
    paidOn: null,
    payout: null,
    note: '',
    ...overrides,
  };
}

export function screening(overrides: Partial<Screening> = {}): Screening {
  return {
    id: 's1',
    platformId: 'mercor',
    format: 'ai-interview',
    day: '2026-10-20',
    outcome: 'passed',
    retakeFrom: null,
    unpaidMinutes: 0,
    note: '',
    ...overrides,
  };
}
