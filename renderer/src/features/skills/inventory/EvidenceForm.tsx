import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillRating } from '../../../../../preload/contract/skills-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Field } from '../../../components/Field';
import { FormProblem } from '../../../components/FormProblem';
import { useFormatters } from '../../../components/use-formatters';
import { formatIsoDay, parseTypedDay } from '../../../domain/dates';
import { saveRating } from '../../../state/skills-store';
import { useDatePatternHint } from '../../../components/use-date-pattern-hint';

/** Years, certificate and date, portfolio link and a note: what backs a rating up. */
export function EvidenceForm({ rating }: { rating: SkillRating }) {
  const { t } = useTranslation();
  const { dateLocale, datePattern, decimal } = useFormatters();
  const hint = useDatePatternHint(datePattern);
  const [years, setYears] = useState(rating.years === null ? '' : decimal(rating.years));
  const [certificate, setCertificate] = useState(rating.certificate);
  const [date, setDate] = useState(
    rating.certificateDate ? formatIsoDay(rating.certificateDate, dateLocale) : '',
  );
  const [portfolio, setPortfolio] = useState(rating.portfolioUrl);
  const [note, setNote] = useState(rating.note);
  const [problem, setProblem] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  const save = async () => {
    setSaved(false);
    const yearsValue = years.trim() === '' ? null : Number(years.trim().replace(',', '.'));
    if (
      yearsValue !== null &&
      (!Number.isFinite(yearsValue) || yearsValue < 0 || yearsValue > 60 || (yearsValue * 2) % 1 !== 0)
    ) {
      return setProblem(t('skills.evidence.yearsInvalid'));
    }
    const day = date.trim() === '' ? null : parseTypedDay(date, dateLocale);
    if (date.trim() !== '' && day === null)
      return setProblem(t('errors.dateInvalid', { pattern: hint.pattern }));
    setProblem(null);
    const error = await saveRating({
      ...rating,
      years: yearsValue,
      certificate,
      certificateDate: day,
      portfolioUrl: portfolio,
      note,
    });
    setSaveError(error);
    setSaved(error === null);
  };

  return (
    <div className="evidence">
      <Field compact label={t('skills.evidence.years')}>
        <input type="text" inputMode="decimal" value={years} onChange={(e) => setYears(e.target.value)} />
      </Field>
      <Field compact label={t('skills.evidence.certificate')}>
        <input
          type="text"
          value={certificate}
          maxLength={160}
          onChange={(e) => setCertificate(e.target.value)}
        />
      </Field>
      <Field compact label={t('skills.evidence.certificateDate')} hint={hint.text}>
        <input type="text" inputMode="numeric" value={date} onChange={(e) => setDate(e.target.value)} />
      </Field>
      <Field compact label={t('skills.evidence.portfolio')}>
        <input
          type="text"
          inputMode="url"
          value={portfolio}
          maxLength={500}
          onChange={(e) => setPortfolio(e.target.value)}
        />
      </Field>
      <Field compact label={t('skills.evidence.note')}>
        <textarea value={note} maxLength={1000} rows={2} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <FormProblem message={problem} />
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
