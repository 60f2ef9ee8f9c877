import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { SKILLS_LIMITS, type SkillRating } from '../../../../../preload/contract/skills-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { DayField } from '../../../components/DayField';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { LongTextField } from '../../../components/forms/LongTextField';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { useFormatters } from '../../../components/use-formatters';
import { saveRating } from '../../../state/skills-store';
import {
  evidenceFormSchema,
  toEvidenceValues,
  toRatingWithEvidence,
  type EvidenceValues,
} from './evidence-form-model';

/** Years, certificate and date, portfolio link and a note: what backs a rating up. */
export function EvidenceForm({ rating }: { rating: SkillRating }) {
  const { t } = useTranslation();
  const { dateLocale, numberLocale } = useFormatters();
  const locales = useMemo(() => ({ dateLocale, numberLocale }), [dateLocale, numberLocale]);
  const { message } = useFieldMessage();
  const form = useForm<EvidenceValues>({
    defaultValues: toEvidenceValues(rating, locales),
    resolver: zodResolver(evidenceFormSchema(locales)),
    mode: 'onSubmit',
  });
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = form.formState.errors;
  const { register } = form;

  const save = form.handleSubmit(
    async (values) => {
      setSaved(false);
      // The rating as it is now (its level may have changed since the form opened).
      const error = await saveRating(toRatingWithEvidence(rating, values, locales));
      setSaveError(error);
      setSaved(error === null);
    },
    () => setSaved(false),
  );

  return (
    <div className="evidence">
      <Field compact label={t('skills.evidence.years')} error={message(errors.years?.message)}>
        <input type="text" inputMode="decimal" {...register('years')} />
      </Field>
      <Field compact label={t('skills.evidence.certificate')} error={message(errors.certificate?.message)}>
        <input type="text" {...register('certificate')} />
      </Field>
      <DayField
        label={t('skills.evidence.certificateDate')}
        error={message(errors.certificateDate?.message)}
        registration={register('certificateDate')}
      />
      <LongTextField
        compact
        label={t('skills.evidence.portfolio')}
        error={message(errors.portfolioUrl?.message)}
        max={SKILLS_LIMITS.portfolioUrl}
        inputMode="url"
        control={form.control}
        name="portfolioUrl"
      />
      <LongTextField
        compact
        label={t('skills.evidence.note')}
        error={message(errors.note?.message)}
        max={SKILLS_LIMITS.note}
        rows={2}
        control={form.control}
        name="note"
      />
      {saveError ? <ErrorMessage error={saveError} /> : null}
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={() => void save()}>
          {t('skills.evidence.save')}
        </button>
        {saved ? (
          <p className="form-saved" role="status">
            {t('skills.evidence.saved')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
