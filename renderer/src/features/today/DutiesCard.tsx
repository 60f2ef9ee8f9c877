import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { addDays, format, parseISO } from 'date-fns';
import { useFormatters } from '../../components/use-formatters';
import { hoursOf, useDutiesView, useReasonsText } from '../../views/use-duties-view';

const RETAKE_HORIZON_DAYS = 30;

/**
 * Today's reminders of the claimant's duties: France's actualisation while its window is open
 * and this week's activity hours; a US state's work search this week (met, or what is
 * missing); screenings that may be taken again within 30 days. Nothing to remind: no card.
 */
export function DutiesCard() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const view = useDutiesView(1);
  const reasonsText = useReasonsText();
  const retakes = useMemo(() => {
    const until = format(addDays(parseISO(view.today), RETAKE_HORIZON_DAYS), 'yyyy-MM-dd');
    const names = new Map(view.gig.platforms.map((p) => [p.id, p.name]));
    return view.gig.screenings
      .filter((s) => s.retakeFrom !== null && s.retakeFrom >= view.today && s.retakeFrom <= until)
      .sort((a, b) => (a.retakeFrom ?? '').localeCompare(b.retakeFrom ?? ''))
      .map((s) => ({ id: s.id, platform: names.get(s.platformId) ?? s.platformId, day: s.retakeFrom ?? '' }));
  }, [view.gig, view.today]);
  const france = view.country === 'FR';
  const week = view.checks[0];
  const activity = view.activityWeeks[0];
  const lines: { key: string; text: string; ok?: boolean }[] = [];
  if (france) {
    const a = view.actualisation;
    if (a.open) {
      const month = format(parseISO(`${a.window.month}-01`), 'LLLL yyyy', { locale: formatters.dateLocale });
      lines.push({
        key: 'actualisation',
        text: t('duties.today.actualisation', {
          month,
          date: formatters.longDay(a.window.closesOn),
          count: a.daysLeft,
        }),
      });
    }
    if (activity)
      lines.push({
        key: 'activity',
        ok: activity.met,
        text: t('duties.today.activity', {
          done: formatters.decimal(hoursOf(activity.minutes)),
          target: formatters.decimal(hoursOf(activity.targetMinutes)),
        }),
      });
  } else if (view.rule && week) {
    lines.push(
      week.met
        ? {
            key: 'work-search',
            ok: true,
            text: t('duties.today.workSearchMet', {
              count: week.counted,
              need: view.rule.activitiesPerWeek.value,
            }),
          }
        : {
            key: 'work-search',
            ok: false,
            text: t('duties.today.workSearchMissing', { reasons: reasonsText(week.reasons) }),
          },
    );
  } else if (view.country === 'US') {
    lines.push({ key: 'choose', text: t('duties.today.chooseState') });
  }
  if (lines.length === 0 && retakes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="today-duties">
      <h2 id="today-duties">{t('duties.today.title')}</h2>
      {lines.map((line) => (
        <p
          key={line.key}
          className={
            line.ok === undefined ? undefined : `notice ${line.ok ? 'notice-success' : 'notice-warning'}`
          }
        >
          {line.ok ? '✓ ' : ''}
          {line.text}
        </p>
      ))}
      {retakes.length > 0 ? (
        <>
          <h3>{t('duties.today.retakesTitle')}</h3>
          <ul className="plain-list">
            {retakes.map((r) => (
              <li key={r.id}>
                {t('duties.today.retake', { platform: r.platform, date: formatters.longDay(r.day) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href="/duties">{t('duties.today.open')}</Link>
      </p>
    </section>
  );
}
