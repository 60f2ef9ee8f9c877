import { describe, expect, it } from 'vitest';
import { parseUnitsPerWeek } from '../../../renderer/src/features/applications/detail/application-form-model';

describe('units a week as typed on an application', () => {
  it('reads whole and decimal numbers with a comma or a point, from 0 to 168', () => {
    expect(parseUnitsPerWeek('20')).toBe(20);
    expect(parseUnitsPerWeek(' 7,5 ')).toBe(7.5);
    expect(parseUnitsPerWeek('7.25')).toBe(7.25);
    expect(parseUnitsPerWeek('0')).toBe(0);
    expect(parseUnitsPerWeek('168')).toBe(168);
  });

  it('refuses anything else rather than guess', () => {
    for (const bad of ['', '169', '-5', '7.125', '1,000', 'twenty', '20 h']) {
      expect(parseUnitsPerWeek(bad), bad).toBeNull();
    }
  });
});
