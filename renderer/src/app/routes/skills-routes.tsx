/** The Skills & domains section's screens: one chunk, loaded on first visit (see ../sections.ts). */
import { SkillsPage } from '../../features/skills/SkillsPage';
import { DomainRanking } from '../../features/skills/ranking/DomainRanking';
import { SkillInventory } from '../../features/skills/inventory/SkillInventory';

export { DomainDetail } from '../../features/skills/detail/DomainDetail';
export { DomainEditor } from '../../features/skills/editor/DomainEditor';
export { CompareDomains } from '../../features/skills/compare/CompareDomains';

export function SkillsRanking() {
  return (
    <SkillsPage>
      <DomainRanking />
    </SkillsPage>
  );
}

export function SkillsInventory() {
  return (
    <SkillsPage>
      <SkillInventory />
    </SkillsPage>
  );
}
