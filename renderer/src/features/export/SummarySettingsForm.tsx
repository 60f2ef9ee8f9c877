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
import { LongTextBox } from '../../components/forms/LongTextField';
import { SelectField } from '../../components/forms/SelectField';
import { textLength } from '../../domain/forms/text-length';
import type { useSummarySettings } from './use-summary-settings';

const logPeriodFrom = (value: string): LogPeriod =>
  LOG_PERIODS.find((months) => String(months ?? 'all') === value) ?? null;

/** What goes in the summary, in which language, and the user's own words for it. */
export function SummarySettingsForm({ editor }: { editor: ReturnType<typeof useSummarySettings> }) {
  const { t } = useTranslation();
  const id = useId();
  const { settings, choose, setText, saveTexts, problem } = editor;
  const language = settings.language ?? null;
  // Saved as typed and as the user goes (use-summary-settings): too long is said at once.
  const tooLong = (text: string) => {
    const { over } = textLength(text, MAX_SUMMARY_TEXT, 'as-typed');
    return over > 0 ? t('errors.tooLong', { count: over, max: MAX_SUMMARY_TEXT }) : undefined;
  };
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
      {(['constraints', 'note'] as const).map((key) => (
        <LongTextBox
          key={key}
          label={t(`exportScreen.${key}`)}
          hint={key === 'constraints' ? t('exportScreen.constraintsHint') : undefined}
          error={tooLong(settings[key])}
          max={MAX_SUMMARY_TEXT}
          counting="as-typed"
          rows={key === 'constraints' ? 3 : 4}
          text={settings[key]}
          value={settings[key]}
          onChange={(text) => setText(key, text)}
          onBlur={saveTexts}
        />
      ))}
      {problem ? <ErrorMessage error={problem} /> : null}
    </section>
  );
}
