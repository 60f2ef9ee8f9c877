import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../preload/contract/document';
import {
  LOG_PERIODS,
  MAX_SUMMARY_TEXT,
  type LogPeriod,
  SUMMARY_SECTIONS,
  type SummarySettings,
} from '../../../../preload/contract/summary-section';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/forms/SelectField';
import type { useSummarySettings } from './use-summary-settings';

const logPeriodFrom = (value: string): LogPeriod =>
  LOG_PERIODS.find((months) => String(months ?? 'all') === value) ?? null;

/** What goes in the summary, in which language, and the user's own words for it. */
export function SummarySettingsForm({ editor }: { editor: ReturnType<typeof useSummarySettings> }) {
  const { t } = useTranslation();
  const id = useId();
  const { settings, choose, setText, saveTexts, problem } = editor;
  const language = settings.language ?? null;
  const toggle = (part: SummarySettings['include'][number], on: boolean) =>
    choose({
      // Kept in the summary's own order, whatever order the boxes were ticked in.
      include: SUMMARY_SECTIONS.filter((p) => (p === part ? on : settings.include.includes(p))),
    });
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('exportScreen.parts.legend')}
      </h2>
      <fieldset>
        <legend>{t('exportScreen.parts.legend')}</legend>
        {SUMMARY_SECTIONS.map((part) => (
          <div key={part} className="checkbox-field">
            <input
              id={`${id}-${part}`}
              type="checkbox"
              checked={settings.include.includes(part)}
              onChange={(e) => toggle(part, e.target.checked)}
            />
            <label htmlFor={`${id}-${part}`}>{t(`exportScreen.parts.${part}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset aria-describedby={`${id}-language-hint`}>
        <legend>{t('exportScreen.language.legend')}</legend>
        {LANGUAGES.map((option) => (
          <div key={option} className="checkbox-field">
            <input
              id={`${id}-language-${option}`}
              type="radio"
              name={`${id}-language`}
              checked={(language ?? editor.interfaceLanguage) === option}
              onChange={() => choose({ language: option })}
            />
            <label htmlFor={`${id}-language-${option}`} lang={option}>
              {/* Each language by its own name, as in the language menu. */}
              {t(`languages.${option}`)}
            </label>
          </div>
        ))}
        <p id={`${id}-language-hint`} className="field-hint">
          {t('exportScreen.language.hint')}
        </p>
      </fieldset>
      <SelectField
        label={t('exportScreen.logPeriod.label')}
        hint={t('exportScreen.logPeriod.hint')}
        options={LOG_PERIODS.map((months) => ({
          value: String(months ?? 'all'),
          label: t(months === null ? 'exportScreen.logPeriod.all' : `exportScreen.logPeriod.months${months}`),
        }))}
        value={String(settings.logMonths ?? 'all')}
        onChange={(value) => choose({ logMonths: logPeriodFrom(value) })}
      />
      <div className="checkbox-field">
        <input
          id={`${id}-hide`}
          type="checkbox"
          checked={settings.hideAmounts}
          onChange={(e) => choose({ hideAmounts: e.target.checked })}
        />
        <label htmlFor={`${id}-hide`}>{t('exportScreen.hideAmounts')}</label>
      </div>
      <Field label={t('exportScreen.constraints')} hint={t('exportScreen.constraintsHint')}>
        <textarea
          rows={3}
          maxLength={MAX_SUMMARY_TEXT}
          value={settings.constraints}
          onChange={(e) => setText('constraints', e.target.value)}
          onBlur={saveTexts}
        />
      </Field>
      <Field label={t('exportScreen.note')}>
        <textarea
          rows={4}
          maxLength={MAX_SUMMARY_TEXT}
          value={settings.note}
          onChange={(e) => setText('note', e.target.value)}
          onBlur={saveTexts}
        />
      </Field>
      {problem ? <ErrorMessage error={problem} /> : null}
    </section>
  );
}
