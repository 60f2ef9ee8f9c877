import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DayField } from '../../components/DayField';
import { Field } from '../../components/Field';
import { useFieldMessage } from '../../components/forms/use-field-message';
import { useFormatters } from '../../components/use-formatters';
import { setWeekHours } from '../../state/path-store';
import type { usePathView } from '../../views/use-path-view';
import { blankWeekHours, weekHoursFrom, weekHoursSchema, type WeekHoursValues } from './week-form-model';

/** One week with more or fewer hours than usual (an interview week, a quiet week). */
export function WeekHours({ view }: { view: ReturnType<typeof usePathView> }) {
  const { t } = useTranslation();
  const { dateLocale, day } = useFormatters();
  const { message } = useFieldMessage();
  const form = useForm<WeekHoursValues>({
    defaultValues: blankWeekHours(),
    resolver: zodResolver(weekHoursSchema(dateLocale)),
    mode: 'onSubmit',
  });
  const errors = form.formState.errors;
  const save = form.handleSubmit((values) => {
    const override = weekHoursFrom(values, dateLocale, view.weekStartsOn);
    if (override === null) return;
    void setWeekHours(override.weekStart, override.hours);
    form.reset(blankWeekHours());
  });
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
      <form className="inline-fields" onSubmit={(event) => void save(event)} noValidate>
        <DayField
          label={t('path.hoursOverride.week')}
          error={message(errors.week?.message)}
          registration={form.register('week')}
        />
        <Field compact label={t('path.hoursOverride.hours')} error={message(errors.hours?.message)}>
          <input type="text" inputMode="numeric" className="hours-input" {...form.register('hours')} />
        </Field>
        <button type="submit" className="button secondary">
          {t('path.hoursOverride.set')}
        </button>
      </form>
    </>
  );
}
