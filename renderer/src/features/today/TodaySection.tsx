import { Suspense } from 'react';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SectionHeading } from '../../components/SectionHeading';
import { useFormatters } from '../../components/use-formatters';
import { useProfileStore } from '../../state/profile-store';
import { lazyScreen, sectionChunk } from '../../components/lazy-section';
import { useAfterFirstPaint } from '../../components/use-after-first-paint';

// Their own chunk: the domain rules behind them stay out of the start-up download.
export const TODAY_CARDS_CHUNK = sectionChunk(() => import('./TodayCards'));
const TodayCards = lazyScreen(TODAY_CARDS_CHUNK, 'TodayCards');

export function TodaySection() {
  const { t } = useTranslation();
  const { longDay } = useFormatters();
  const profile = useProfileStore((state) => state.profile);
  const painted = useAfterFirstPaint();
  if (!profile) return null;
  const days = profile.layoffDate ? differenceInCalendarDays(new Date(), parseISO(profile.layoffDate)) : null;
  return (
    <>
      <SectionHeading
        title={t('today.title')}
        intro={profile.name ? t('today.greeting', { name: profile.name }) : t('today.greetingAnonymous')}
      />
      <section className="card" aria-label={t('today.title')}>
        {profile.layoffDate && days !== null ? (
          <p>
            {days >= 0
              ? t('today.daysSinceLayoff', { count: days, date: longDay(profile.layoffDate) })
              : t('today.layoffAhead', { count: -days, date: longDay(profile.layoffDate) })}
          </p>
        ) : null}
        {profile.lastPaidDay ? <p>{t('today.lastPaid', { date: longDay(profile.lastPaidDay) })}</p> : null}
        <p>{t('today.hours', { count: profile.hoursPerWeek })}</p>
      </section>
      {painted ? (
        <Suspense fallback={null}>
          <TodayCards />
        </Suspense>
      ) : null}
      <section className="card" aria-labelledby="today-next">
        <h2 id="today-next">{t('today.nextTitle')}</h2>
        <p>
          <Link href="/skills">{t('today.nextSkills')}</Link>
        </p>
        <p className="muted-text">{t('today.nextSkillsText')}</p>
        <p>
          <Link href="/profile">{t('today.nextProfile')}</Link>
        </p>
        <p className="muted-text">{t('today.nextProfileText')}</p>
        <p>
          <Link href="/export">{t('today.nextExport')}</Link>
        </p>
        <p className="muted-text">{t('today.nextExportText')}</p>
      </section>
    </>
  );
}
