import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../../components/SectionHeading';
import { useAfterFirstPaint } from '../../components/use-after-first-paint';
import { ViewTabs } from '../../components/ViewTabs';
import type { ScheduledMilestone } from '../../domain/path/schedule';
import { AddMilestone } from './AddMilestone';
import { CalendarDownload } from './CalendarDownload';
import { GeneratePath } from './GeneratePath';
import { MilestoneList } from './MilestoneList';
import { PathTimeline } from './PathTimeline';
import { PlanStatus } from './PlanStatus';
import { usePathView } from '../../views/use-path-view';
import { useMilestoneTitles } from '../../views/use-milestone-titles';
import { WeekSettings } from './WeekSettings';

/** The Path section: the plan (generate, status, milestones, weeks) or the timeline. */
export function PathPage({ view: which }: { view: 'plan' | 'timeline' }) {
  const { t } = useTranslation();
  const view = usePathView();
  const displayTitle = useMilestoneTitles();
  const [filter, setFilter] = useState<'all' | 'open' | 'finished'>('all');
  const filterId = useId();
  const finished = (status: string) => status === 'done' || status === 'skipped';
  const shown = view.section.milestones.filter((m) =>
    filter === 'all' ? true : filter === 'finished' ? finished(m.status) : !finished(m.status),
  );
  // The two forms under the list are built after the plan has painted: opening Path with
  // hundreds of milestones is then two shorter tasks instead of one long one.
  const formsShown = useDeferredValue(useAfterFirstPaint());
  const slots = view.schedule.ok ? view.schedule.milestones : new Map<string, ScheduledMilestone>();
  return (
    <>
      <SectionHeading title={t('path.title')} intro={t('path.intro')} />
      <ViewTabs
        label={t('path.tabs.label')}
        tabs={[
          { href: '/path', text: t('path.tabs.plan') },
          { href: '/path/timeline', text: t('path.tabs.timeline') },
        ]}
      />
      {which === 'timeline' ? (
        <PathTimeline view={view} />
      ) : (
        <>
          <GeneratePath />
          {view.section.milestones.length > 0 ? <PlanStatus view={view} /> : null}
          <section aria-labelledby="milestones-title">
            <div className="row-between">
              <h2 id="milestones-title">{t('path.list.title')}</h2>
              <CalendarDownload view={view} />
            </div>
            {view.section.milestones.length === 0 ? (
              <p>{t('path.list.empty')}</p>
            ) : (
              <div className="field compact">
                <label htmlFor={filterId}>{t('path.filters.label')}</label>
                <select
                  id={filterId}
                  value={filter}
                  onChange={(e) => setFilter(e.target.value as typeof filter)}
                >
                  <option value="all">{t('path.filters.all')}</option>
                  <option value="open">{t('path.filters.open')}</option>
                  <option value="finished">{t('path.filters.finished')}</option>
                </select>
              </div>
            )}
            <MilestoneList
              shown={shown}
              all={view.section.milestones}
              slots={slots}
              displayTitle={displayTitle}
            />
          </section>
          {formsShown ? (
            <>
              <AddMilestone />
              <WeekSettings view={view} />
            </>
          ) : null}
        </>
      )}
    </>
  );
}
