import { describe, expect, it } from 'vitest';
import { emptySkillsSection, type SkillsSection } from '../../../preload/contract/skills-section';
import type { FormerRole } from '../../../renderer/src/domain/catalogue/former-roles';
import * as changes from '../../../renderer/src/domain/skills/skills-changes';

const role = (id: string, skills: Record<string, number>): FormerRole => ({
  id,
  name: { en: id, fr: id },
  skills,
});
const ROLES = [
  role('nurse', { 'clinical-practice': 4, 'fact-checking': 2 }),
  role('ai-trainer', { 'fact-checking': 3, 'rubric-grading': 3 }),
  role('teacher', { pedagogy: 3 }),
];

describe('changes to the skills', () => {
  it('suggests the chosen roles’ skills once each at the highest level, and never a rated one', () => {
    const rated: SkillsSection = {
      ...emptySkillsSection(),
      ratings: [changes.blankRating('rubric-grading', 1)],
    };
    const after = changes.suggestFromRoles(rated, ROLES, ['nurse', 'ai-trainer']);
    expect(after.suggestions).toEqual([
      { skillId: 'clinical-practice', level: 4, source: 'nurse' },
      { skillId: 'fact-checking', level: 3, source: 'nurse' },
    ]);
    expect(rated.suggestions).toEqual([]);
  });

  it('rating a suggested skill removes the suggestion and keeps the evidence on a new level', () => {
    let s = changes.suggestFromRoles(emptySkillsSection(), ROLES, ['teacher']);
    s = changes.saveRating(s, { ...changes.blankRating('pedagogy', 2), certificate: 'CAPES' });
    expect(s.suggestions).toEqual([]);
    s = changes.setLevel(s, 'pedagogy', 4);
    expect(s.ratings).toEqual([{ ...changes.blankRating('pedagogy', 4), certificate: 'CAPES' }]);
  });

  it('confirms every suggestion at once: picked levels first, else the suggested one, evidence kept', () => {
    let s = changes.suggestFromRoles(emptySkillsSection(), ROLES, ['nurse', 'teacher']);
    // Rated after being suggested (as a résumé import can leave it): its certificate stays.
    s = { ...s, ratings: [{ ...changes.blankRating('pedagogy', 1), certificate: 'CAPES' }] };
    const after = changes.confirmSuggestions(s, new Map([['fact-checking', 1]]));
    expect(after.suggestions).toEqual([]);
    expect(after.ratings).toEqual([
      changes.blankRating('clinical-practice', 4),
      changes.blankRating('fact-checking', 1),
      { ...changes.blankRating('pedagogy', 3), certificate: 'CAPES' },
    ]);
    expect(s.suggestions).toHaveLength(3);
    expect(changes.confirmSuggestions(emptySkillsSection())).toEqual(emptySkillsSection());
  });

  it('keeps at most two targets, and a deleted domain stops being one', () => {
    let s = changes.setTargets(emptySkillsSection(), ['medicine', 'law', 'finance']);
    expect(s.targets).toEqual(['medicine', 'law']);
    s = changes.saveCustomDomain(s, { id: 'law' } as never);
    s = changes.deleteCustomDomain(s, 'law');
    expect(s.targets).toEqual(['medicine']);
    expect(s.customDomains).toEqual([]);
  });

  it('records a gate as met once, and unmet removes it', () => {
    let s = changes.setGateMet(emptySkillsSection(), 'medicine:licence', true);
    s = changes.setGateMet(s, 'medicine:licence', true);
    expect(s.gatesMet).toEqual(['medicine:licence']);
    expect(changes.setGateMet(s, 'medicine:licence', false).gatesMet).toEqual([]);
  });
});
