import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from 'date-fns';
import { formatLongDay } from '../../domain/dates';

/**
 * The warning shown while the last paid day is before the layoff date, with the box that
 * confirms it. It sits in a live region, so it is announced as it appears; after a save that
 * it stopped, the form moves focus to the box, whose description is the warning itself.
 */
export function LastPaidDayCheck(props: {
  toConfirm: { layoffDate: string; lastPaidDay: string } | null;
  dateLocale: Locale;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  /** How many saves it stopped: each one says what to do next and moves focus to the box. */
  stoppedSaves: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const { toConfirm, stoppedSaves } = props;
  useEffect(() => {
    if (stoppedSaves > 0) box.current?.focus();
  }, [stoppedSaves]);
  return (
    <div aria-live="polite">
      {toConfirm ? (
        <div className="notice notice-warning">
          <p id={`${id}-warning`}>
            {t('profile.lastPaidWarning', {
              lastPaid: formatLongDay(toConfirm.lastPaidDay, props.dateLocale),
              layoff: formatLongDay(toConfirm.layoffDate, props.dateLocale),
            })}
          </p>
          <div className="field compact checkbox-field">
            <input
              ref={box}
              id={`${id}-confirm`}
              type="checkbox"
              checked={props.confirmed}
              aria-describedby={`${id}-warning`}
              onChange={(event) => props.onConfirm(event.target.checked)}
            />
            <label htmlFor={`${id}-confirm`}>{t('profile.lastPaidConfirm')}</label>
          </div>
          {stoppedSaves > 0 && !props.confirmed ? <p>{t('profile.lastPaidAsk')}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
