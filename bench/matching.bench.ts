/** Matching: rank every domain for a large inventory (issue target: under 5 ms). */
import { emptySkillsSection } from '../preload/contract/skills-section';
import { catalogueSkills } from '../renderer/src/domain/catalogue/catalogue';
import { resolveDomains } from '../renderer/src/domain/matching/resolve-domains';
import { rankDomains } from '../renderer/src/domain/matching/score';
import type { Benchmark } from './harness';

// 200 rated skills: the whole catalogue plus the user's own, levels spread 0–4.
const ids = [...catalogueSkills().map((skill) => skill.id)];
for (let index = 0; ids.length < 200; index += 1) ids.push(`own-skill-${index}`);
const inventory = new Map(ids.map((id, index) => [id, index % 5]));
const section = {
  ...emptySkillsSection(),
  languagePairs: [
    { from: 'fr', to: 'en' },
    { from: 'es', to: 'en' },
  ],
};
const gatesMet = new Set<string>();

export const matchingBenchmarks: Benchmark[] = [
  {
    name: 'matching: resolve and rank every domain, 200 rated skills',
    targetMs: 5,
    run: () => rankDomains(resolveDomains(section, 'en'), inventory, gatesMet),
  },
];
