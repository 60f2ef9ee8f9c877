import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { LanguagePair } from '../../../../../preload/contract/skills-section';
import { LANGUAGE_CODES } from '../../../domain/catalogue/skills';
import { setLanguagePairs } from '../../../state/skills-store';
import { SelectField } from '../../../components/forms/SelectField';
import { useFieldMessage } from '../../../components/forms/use-field-message';
import { firstLanguagePair, languagePairSchema, type LanguagePairValues } from './language-pair-form-model';

/** The language domain is matched once per pair the user works between. */
export function LanguagePairs({ pairs, language }: { pairs: LanguagePair[]; language: 'en' | 'fr' }) {
  const { t } = useTranslation();
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const nameOf = (code: string) => names.of(code) ?? code;
  const { message } = useFieldMessage();
  const form = useForm<LanguagePairValues>({
    defaultValues: firstLanguagePair(),
    resolver: zodResolver(languagePairSchema),
    mode: 'onSubmit',
  });
  const errors = form.formState.errors;
  const label = (pair: LanguagePair) => `${nameOf(pair.from)} → ${nameOf(pair.to)}`;
  const add = form.handleSubmit(({ from, to }) => {
    if (!pairs.some((pair) => pair.from === from && pair.to === to))
      void setLanguagePairs([...pairs, { from, to }]);
  });
  const options = LANGUAGE_CODES.map((code) => ({ value: code, label: nameOf(code) }));
  return (
    <section className="card" aria-labelledby="pairs-title">
      <h2 id="pairs-title">{t('skills.pairs.title')}</h2>
      <p>{t('skills.pairs.text')}</p>
      <ul className="plain-list">
        {pairs.map((pair) => (
          <li key={`${pair.from}-${pair.to}`}>
            {label(pair)}{' '}
            <button
              type="button"
              className="button secondary small"
              onClick={() => void setLanguagePairs(pairs.filter((p) => p !== pair))}
            >
              {t('skills.pairs.remove', { pair: label(pair) })}
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-fields" onSubmit={(event) => void add(event)} noValidate>
        <SelectField
          compact
          label={t('skills.pairs.from')}
          options={options}
          registration={form.register('from')}
        />
        <SelectField
          compact
          label={t('skills.pairs.to')}
          options={options}
          error={message(errors.to?.message)}
          registration={form.register('to')}
        />
        <button type="submit" className="button secondary">
          {t('skills.pairs.add')}
        </button>
      </form>
    </section>
  );
}
