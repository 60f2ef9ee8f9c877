/** "2026-11" → "November 2026" / "novembre 2026", in the interface's language. */
import { format, parseISO } from 'date-fns';
import { useFormatters } from '../../components/use-formatters';

export function useMonthName(): (month: string) => string {
  const { dateLocale } = useFormatters();
  return (month) => format(parseISO(`${month}-01`), 'LLLL yyyy', { locale: dateLocale });
}
