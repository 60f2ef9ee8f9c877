import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationsStore } from '../../state/applications-store';
import { stageLabel } from '../../domain/applications/stage-label';

/** A stage's name in the interface language (see stage-label.ts). */
export function useStageLabel(): (stageId: string) => string {
  const { t } = useTranslation();
  const stages = useApplicationsStore((state) => state.section.stages);
  return useCallback((stageId: string) => stageLabel(stageId, stages, t), [stages, t]);
}
