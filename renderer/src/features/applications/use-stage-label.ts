import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../preload/contract/applications-section';
import { useApplicationsStore } from '../../state/applications-store';

const BUILT_IN = new Set([
  'saved',
  'applied',
  'screening',
  'interview',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
  'ghosted',
]);

/** A stage's name: the user's own, else the built-in one in the interface language. */
export function useStageLabel(): (stageId: string) => string {
  const { t } = useTranslation();
  const stages = useApplicationsStore((state) => state.section.stages);
  return useCallback(
    (stageId: string) => {
      const stage: Stage | undefined = stages.find((s) => s.id === stageId);
      if (stage?.name) return stage.name;
      return BUILT_IN.has(stageId) ? t(`applications.stages.${stageId as 'saved'}`) : stageId;
    },
    [stages, t],
  );
}
