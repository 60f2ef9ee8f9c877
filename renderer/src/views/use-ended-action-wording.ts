import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../components/use-formatters';
import type { NextAction, WordEndedAction } from '../domain/applications/next-action';

/**
 * How a move's history note says which next action the move ended (see next-action.ts), in
 * the language of the moment: the note is then the user's record, like one they typed.
 */
export function useEndedActionWording(): WordEndedAction {
  const { t } = useTranslation();
  const { day } = useFormatters();
  return useCallback(
    ({ action, due }: NextAction) => {
      if (due === null) return t('applications.detail.endedAction', { action });
      if (action === '') return t('applications.detail.endedActionDayOnly', { date: day(due) });
      return t('applications.detail.endedActionDue', { action, date: day(due) });
    },
    [t, day],
  );
}
