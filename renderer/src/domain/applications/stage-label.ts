/**
 * A stage's name: the user's own, else the built-in one in the given language. Plain
 * function: the screens word stages in the interface language, the counsellor summary in
 * the export's language.
 */
import type { TFunction } from 'i18next';
import type { Stage } from '../../../../preload/contract/applications-section';

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

export function stageLabel(stageId: string, stages: readonly Stage[], t: TFunction): string {
  const stage = stages.find((s) => s.id === stageId);
  if (stage?.name) return stage.name;
  return BUILT_IN.has(stageId) ? t(`applications.stages.${stageId as 'saved'}`) : stageId;
}
