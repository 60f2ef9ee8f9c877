import { useTranslation } from 'react-i18next';

/** "dd/MM/y" → "DD/MM/YYYY" in English, "JJ/MM/AAAA" in French, for hints and errors. */
export function useDatePatternHint(pattern: string): { pattern: string; text: string } {
  const { t } = useTranslation();
  const readable = pattern
    .replace(/d+/, t('dates.day'))
    .replace(/M+/, t('dates.month'))
    .replace(/y+/, t('dates.year'));
  return { pattern: readable, text: t('dates.hint', { pattern: readable }) };
}
