import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguagePair } from '../../../../../preload/contract/skills-section';
import { LANGUAGE_CODES } from '../../../domain/catalogue/skills';
import { setLanguagePairs } from '../../../state/skills-store';
import { FormProblem } from '../../../components/FormProblem';

/** The language domain is matched once per pair the user works between. */
export function LanguagePairs({ pairs, language }: { pairs: LanguagePair[]; language: 'en' | 'fr' }) {
  const { t } = useTranslation();
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const nameOf = (code: string) => names.of(code) ?? code;
  const [from, setFrom] = useState('fr');
  const [to, setTo] = useState('en');
  const [problem, setProblem] = useState<string | null>(null);
  const fromId = useId();
  const toId = useId();
  const label = (pair: LanguagePair) => `${nameOf(pair.from)} → ${nameOf(pair.to)}`;
  const add = () => {
    if (from === to) return setProblem(t('skills.pairs.same'));
    setProblem(null);
    if (!pairs.some((pair) => pair.from === from && pair.to === to))
      void setLanguagePairs([...pairs, { from, to }]);
  };
  const options = LANGUAGE_CODES.map((code) => (
    <option key={code} value={code}>
      {nameOf(code)}
    </option>
  ));
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
      <div className="inline-fields">
        <div className="field compact">
          <label htmlFor={fromId}>{t('skills.pairs.from')}</label>
          <select id={fromId} value={from} onChange={(e) => setFrom(e.target.value)}>
            {options}
          </select>
        </div>
        <div className="field compact">
          <label htmlFor={toId}>{t('skills.pairs.to')}</label>
          <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
            {options}
          </select>
        </div>
        <button type="button" className="button secondary" onClick={add}>
          {t('skills.pairs.add')}
        </button>
      </div>
      <FormProblem message={problem} />
    </section>
  );
}
