/** The standing sentences' agreement: French says "1,5 h faite" (0 to 2 exclusive is singular). */
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../support/test-i18n';

const fr = testI18n.getFixedT('fr');
const en = testI18n.getFixedT('en');

describe('the plan standing sentences', () => {
  it('agrees with the hours logged in French, the number always shown', () => {
    expect(fr('path.baseline.startedEarly', { count: 1.5, logged: '1,5' })).toBe(
      'Dans les temps\u202f: 1,5\u00a0h faite jusqu’ici.',
    );
    expect(fr('path.baseline.aheadEarly', { count: 12.5, logged: '12,5' })).toBe(
      'En avance sur le plan\u202f: déjà 12,5\u00a0h faites.',
    );
    expect(fr('path.baseline.firstDue', { count: 1, hours: '1', date: '22 novembre 2026' })).toBe(
      'Première échéance du plan\u202f: 1\u00a0heure d’ici le 22 novembre 2026.',
    );
  });

  it('says "1 hour" but "1.5 hours" in English', () => {
    expect(en('path.baseline.onTrack', { count: 1, logged: '1', planned: '2' })).toBe(
      'On track: 1 hour logged of 2 planned so far.',
    );
    expect(en('path.baseline.firstDue', { count: 1.5, hours: '1.5', date: 'Sunday' })).toBe(
      'The plan’s first 1.5 hours are due by Sunday.',
    );
  });
});
