import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillRating } from '../../../../../preload/contract/skills-section';
import type { ApiError } from '../../../../../preload/contract/result';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFormatters } from '../../../components/use-formatters';
import { formatIsoDay, parseTypedDay } from '../../../domain/dates';
import { saveRating } from '../../../state/skills-store';
import { useDatePatternHint } from '../../profile/use-date-pattern-hint';

/** Years, certificate and date, portfolio link and a note: what backs a rating up. */
export function EvidenceForm({ rating }: { rating: SkillRating }) {
  const { t } = useTranslation();
  const { dateLocale, datePattern } = useFormatters();
  const hint = useDatePatternHint(datePattern);
  const ids = { years: useId(), certificate: useId(), date: useId(), portfolio: useId(), note: useId() };
  const [years, setYears] = useState(rating.years === null ? '' : String(rating.years));
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
      <div className="field compact">
        <label htmlFor={ids.years}>{t('skills.evidence.years')}</label>
        <input
          id={ids.years}
          type="text"
          inputMode="decimal"
          value={years}
          onChange={(e) => setYears(e.target.value)}
        />
      </div>
      <div className="field compact">
        <label htmlFor={ids.certificate}>{t('skills.evidence.certificate')}</label>
        <input
          id={ids.certificate}
          type="text"
          value={certificate}
          maxLength={160}
          onChange={(e) => setCertificate(e.target.value)}
        />
      </div>
      <div className="field compact">
        <label htmlFor={ids.date}>{t('skills.evidence.certificateDate')}</label>
        <input
          id={ids.date}
          type="text"
          inputMode="numeric"
          value={date}
          aria-describedby={`${ids.date}-hint`}
          onChange={(e) => setDate(e.target.value)}
        />
        <p id={`${ids.date}-hint`} className="field-hint">
          {hint.text}
        </p>
      </div>
      <div className="field compact">
        <label htmlFor={ids.portfolio}>{t('skills.evidence.portfolio')}</label>
        <input
          id={ids.portfolio}
          type="text"
          inputMode="url"
          value={portfolio}
          maxLength={500}
          onChange={(e) => setPortfolio(e.target.value)}
        />
      </div>
      <div className="field compact">
        <label htmlFor={ids.note}>{t('skills.evidence.note')}</label>
        <textarea
          id={ids.note}
          value={note}
          maxLength={1000}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
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
