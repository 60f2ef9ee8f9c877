import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format, startOfWeek } from 'date-fns';
import { Field } from '../../components/Field';
import { DayField } from '../../components/DayField';
import { FormProblem } from '../../components/FormProblem';
import { useFormatters } from '../../components/use-formatters';
import { parseTypedDay } from '../../domain/dates';
import { setWeekHours } from '../../state/path-store';
import { useDatePatternHint } from '../../components/use-date-pattern-hint';
import type { usePathView } from '../../views/use-path-view';

/** One week with more or fewer hours than usual (an interview week, a quiet week). */
export function WeekHours({ view }: { view: ReturnType<typeof usePathView> }) {
  const { t } = useTranslation();
  const { dateLocale, datePattern, day } = useFormatters();
  const hint = useDatePatternHint(datePattern);
  const [week, setWeek] = useState('');
  const [hours, setHours] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    const iso = parseTypedDay(week, dateLocale);
    if (iso === null) return setProblem(t('errors.dateInvalid', { pattern: hint.pattern }));
    const value = Number(hours.trim());
    if (!/^\d{1,2}$/.test(hours.trim()) || value > 80) return setProblem(t('path.hoursOverride.invalid'));
    setProblem(null);
    void setWeekHours(
      format(startOfWeek(new Date(`${iso}T12:00:00`), { weekStartsOn: view.weekStartsOn }), 'yyyy-MM-dd'),
      value,
    );
    setWeek('');
    setHours('');
  };
  return (
    <>
      <h3>{t('path.hoursOverride.title')}</h3>
      <ul className="plain-list">
        {view.section.weekOverrides.map((entry) => (
          <li key={entry.weekStart}>
            {t('path.hoursOverride.line', { week: day(entry.weekStart), hours: entry.hours })}{' '}
            <button
              type="button"
              className="button secondary small"
              onClick={() => void setWeekHours(entry.weekStart, null)}
            >
              {t('path.hoursOverride.remove', { week: day(entry.weekStart) })}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-fields">
        <DayField label={t('path.hoursOverride.week')} hint={hint.text} value={week} onChange={setWeek} />
        <Field compact label={t('path.hoursOverride.hours')}>
          <input
            type="text"
            inputMode="numeric"
            className="hours-input"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
        </Field>
        <button type="button" className="button secondary" onClick={save}>
          {t('path.hoursOverride.set')}
        </button>
      </div>
      <FormProblem message={problem} />
    </>
  );
}
