import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format, startOfWeek } from 'date-fns';
import { Field } from '../../components/Field';
import { FormProblem } from '../../components/FormProblem';
import { useFormatters } from '../../components/use-formatters';
import { formatIsoDay, parseTypedDay } from '../../domain/dates';
import { setBlackout, setStartDate } from '../../state/path-store';
import { useDatePatternHint } from '../../components/use-date-pattern-hint';
import type { usePathView } from '../../views/use-path-view';
import { WeekHours } from './WeekHours';

/** The plan's start date and the weeks off; hours per week come from the profile. */
export function WeekSettings({ view }: { view: ReturnType<typeof usePathView> }) {
  const { t } = useTranslation();
  const { dateLocale, datePattern, day } = useFormatters();
  const hint = useDatePatternHint(datePattern);
  const [start, setStart] = useState(
    view.section.startDate ? formatIsoDay(view.section.startDate, dateLocale) : '',
  );
  const [week, setWeek] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const read = (text: string) => parseTypedDay(text, dateLocale);
  const invalid = () => setProblem(t('errors.dateInvalid', { pattern: hint.pattern }));
  const saveStart = () => {
    const iso = start.trim() === '' ? null : read(start);
    if (start.trim() !== '' && iso === null) return invalid();
    setProblem(null);
    void setStartDate(iso);
  };
  const addWeekOff = () => {
    const iso = read(week);
    if (iso === null) return invalid();
    setProblem(null);
    // Stored as the first day of that week in the user's locale.
    void setBlackout(
      format(startOfWeek(new Date(`${iso}T12:00:00`), { weekStartsOn: view.weekStartsOn }), 'yyyy-MM-dd'),
      true,
    );
    setWeek('');
  };
  return (
    <section className="card" aria-labelledby="weeks-title">
      <h2 id="weeks-title">{t('path.settings.title')}</h2>
      <p>{t('path.settings.hours', { hours: view.hoursPerWeek })}</p>
      <div className="inline-fields">
        <Field compact label={t('path.settings.start')} hint={hint.text}>
          <input type="text" inputMode="numeric" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <button type="button" className="button secondary" onClick={saveStart}>
          {t('path.settings.saveStart')}
        </button>
      </div>
      <h3>{t('path.settings.blackout')}</h3>
      <ul className="plain-list">
        {view.section.blackoutWeeks.map((weekStart) => (
          <li key={weekStart}>
            {day(weekStart)}{' '}
            <button
              type="button"
              className="button secondary small"
              onClick={() => void setBlackout(weekStart, false)}
            >
              {t('path.settings.removeBlackout', { week: day(weekStart) })}
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-fields">
        <Field compact label={t('path.settings.blackoutWeek')} hint={hint.text}>
          <input type="text" inputMode="numeric" value={week} onChange={(e) => setWeek(e.target.value)} />
        </Field>
        <button type="button" className="button secondary" onClick={addWeekOff}>
          {t('path.settings.addBlackout')}
        </button>
      </div>
      <FormProblem message={problem} />
      <WeekHours view={view} />
    </section>
  );
}
