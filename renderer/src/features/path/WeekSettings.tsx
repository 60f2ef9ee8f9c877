import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DayField } from '../../components/DayField';
import { useFieldMessage } from '../../components/forms/use-field-message';
import { useFormatters } from '../../components/use-formatters';
import { setBlackout, setStartDate } from '../../state/path-store';
import type { usePathView } from '../../views/use-path-view';
import { WeekHours } from './WeekHours';
import {
  blankWeekOff,
  startDateFrom,
  startDateSchema,
  toStartDateValues,
  weekOffFrom,
  weekOffSchema,
  type StartDateValues,
  type WeekOffValues,
} from './week-form-model';

/** The plan's start date and the weeks off; hours per week come from the profile. */
export function WeekSettings({ view }: { view: ReturnType<typeof usePathView> }) {
  const { t } = useTranslation();
  const { dateLocale, day } = useFormatters();
  const { message } = useFieldMessage();
  const startForm = useForm<StartDateValues>({
    defaultValues: toStartDateValues(view.section.startDate, dateLocale),
    resolver: zodResolver(startDateSchema(dateLocale)),
    mode: 'onSubmit',
  });
  const weekOffForm = useForm<WeekOffValues>({
    defaultValues: blankWeekOff(),
    resolver: zodResolver(weekOffSchema(dateLocale)),
    mode: 'onSubmit',
  });
  // The typed start stays as typed once saved (an empty one clears the date).
  const saveStart = startForm.handleSubmit((values) => void setStartDate(startDateFrom(values, dateLocale)));
  const addWeekOff = weekOffForm.handleSubmit((values) => {
    const weekStart = weekOffFrom(values, dateLocale, view.weekStartsOn);
    if (weekStart === null) return;
    void setBlackout(weekStart, true);
    weekOffForm.reset(blankWeekOff());
  });
  return (
    <section className="card" aria-labelledby="weeks-title">
      <h2 id="weeks-title">{t('path.settings.title')}</h2>
      <p>{t('path.settings.hours', { hours: view.hoursPerWeek })}</p>
      <form className="inline-fields" onSubmit={(event) => void saveStart(event)} noValidate>
        <DayField
          label={t('path.settings.start')}
          error={message(startForm.formState.errors.start?.message)}
          registration={startForm.register('start')}
        />
        <button type="submit" className="button secondary">
          {t('path.settings.saveStart')}
        </button>
      </form>
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
      <form className="inline-fields" onSubmit={(event) => void addWeekOff(event)} noValidate>
        <DayField
          label={t('path.settings.blackoutWeek')}
          error={message(weekOffForm.formState.errors.week?.message)}
          registration={weekOffForm.register('week')}
        />
        <button type="submit" className="button secondary">
          {t('path.settings.addBlackout')}
        </button>
      </form>
      <WeekHours view={view} />
    </section>
  );
}
