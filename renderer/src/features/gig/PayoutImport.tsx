import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../preload/contract/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FilePicker } from '../../components/FilePicker';
import { SelectField } from '../../components/forms/SelectField';
import { importPayouts, isAlreadyLogged, roomFor } from '../../domain/gig/gig-log';
import { readPayoutFile, type PayoutRefusal } from '../../domain/gig/payout-import';
import { updateGig } from '../../state/gig-store';
import { PayoutMapping } from './PayoutMapping';
import { PayoutPreview } from './PayoutPreview';
import { RefusalMessage } from './RefusalMessage';
import type { GigContext } from './use-gig-context';
import { usePayoutRows, type PayoutChoice } from './use-payout-rows';

/**
 * A payout statement in three steps, all on this computer: choose the file, check which column
 * holds what (the guess is only a start), see each row as it will be added or why it will not,
 * then confirm. Rows with problems are never added silently changed.
 */
export function PayoutImport({ context }: { context: GigContext }) {
  const { t } = useTranslation();
  const { section, formatters } = context;
  const [platformId, setPlatformId] = useState(section.platforms[0]?.id ?? '');
  const [choice, setChoice] = useState<PayoutChoice | null>(null);
  const [refusal, setRefusal] = useState<PayoutRefusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { applied, needsOrder } = usePayoutRows(choice, formatters.numberLocale);
  const platform = section.platforms.find((p) => p.id === platformId) ?? section.platforms[0];
  if (platform === undefined) return null;
  const read = async (file: File | undefined) => {
    setDone(null);
    setChoice(null);
    setRefusal(null);
    if (!file) return;
    const result = readPayoutFile(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) return setRefusal(result.refusal);
    const currency = result.currencyHint ?? platform.currency;
    setChoice({ file: result, mapping: result.guess, dateOrder: result.dateOrder, currency });
  };
  const readable = applied?.ok ? applied.rows.flatMap((row) => (row.ok ? [row.payout] : [])) : [];
  // Rows of an earlier statement already imported are left out, and the user is told.
  const ready = readable.filter((payout) => !isAlreadyLogged(section, platform.id, payout));
  const repeats = readable.length - ready.length;
  const room = roomFor(section, 'entries');
  const confirm = async () => {
    const failure = await updateGig((s) => importPayouts(s, platform.id, ready));
    setError(failure);
    if (failure) return;
    setDone(t('gig.import.added', { count: ready.length, platform: platform.name }));
    setChoice(null);
  };
  return (
    <section className="card" aria-labelledby="gig-import">
      <h2 id="gig-import">{t('gig.import.title')}</h2>
      <p className="muted-text">{t('gig.import.intro')}</p>
      <div className="inline-fields">
        <SelectField
          compact
          label={t('gig.import.platform')}
          options={section.platforms.map((p) => ({ value: p.id, label: p.name }))}
          value={platform.id}
          onChange={setPlatformId}
        />
        <FilePicker
          label={t('gig.import.choose')}
          noFile={t('gig.import.noFile')}
          accept=".csv,text/csv"
          onFile={(f) => void read(f)}
        />
      </div>
      {done ? (
        <p className="form-saved" role="status">
          {done}
        </p>
      ) : null}
      {refusal ? <RefusalMessage refusal={refusal} /> : null}
      {choice ? (
        <>
          <PayoutMapping
            file={choice.file}
            mapping={choice.mapping}
            dateOrder={choice.dateOrder}
            needsOrder={needsOrder}
            currency={choice.currency}
            onChange={(change) => setChoice({ ...choice, ...change })}
          />
          {applied && !applied.ok ? <RefusalMessage refusal={applied.refusal} /> : null}
          {applied?.ok ? <PayoutPreview context={context} rows={applied.rows} /> : null}
          {repeats > 0 ? <p className="notice">{t('gig.import.alreadyLogged', { count: repeats })}</p> : null}
          {ready.length > room ? (
            <p className="field-error">{t('gig.import.noRoom', { room, count: ready.length })}</p>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="button primary"
              disabled={ready.length === 0 || ready.length > room}
              onClick={() => void confirm()}
            >
              {t('gig.import.confirm', { count: ready.length, platform: platform.name })}
            </button>
            <button type="button" className="button secondary" onClick={() => setChoice(null)}>
              {t('gig.import.cancel')}
            </button>
          </div>
        </>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
