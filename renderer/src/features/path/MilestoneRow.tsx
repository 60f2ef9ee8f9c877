import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MILESTONE_STATUSES,
  type Milestone,
  type MilestoneStatus,
} from '../../../../preload/contract/path-section';
import type { ScheduledMilestone } from '../../domain/path/schedule';
import { deleteMilestone, moveMilestone, updateMilestone } from '../../state/path-store';
import { useFormatters } from '../../components/use-formatters';
import { FormProblem } from '../../components/FormProblem';
import { MilestoneDetails } from './MilestoneDetails';
import { Disclosure } from '../../components/Disclosure';

/** One milestone: what it is, when, its status and logged hours; reorder or delete it. */
export function MilestoneRow(props: {
  milestone: Milestone;
  /** The title in the interface language (see use-milestone-titles). */
  title: string;
  slot: ScheduledMilestone | undefined;
  titleOf: (id: string) => string;
  /** In a long list only some rows are rendered: where this one stands in the whole list. */
  place?: { index: number; of: number; measure: ((element: Element | null) => void) | undefined };
}) {
  const { t } = useTranslation();
  const { day, decimal } = useFormatters();
  const { milestone, slot } = props;
  const [logged, setLogged] = useState(() => decimal(milestone.hoursLogged));
  const [problem, setProblem] = useState<string | null>(null);
  const { title } = props;
  const saveLogged = () => {
    const value = Number(logged.trim().replace(',', '.'));
    if (!Number.isFinite(value) || value < 0 || value > 5000 || (value * 4) % 1 !== 0)
      return setProblem(t('path.list.loggedInvalid'));
    setProblem(null);
    if (value !== milestone.hoursLogged) void updateMilestone(milestone.id, { hoursLogged: value });
  };
  return (
    <li
      className={`milestone milestone-${milestone.status}`}
      ref={props.place?.measure}
      data-index={props.place?.index}
      aria-posinset={props.place ? props.place.index + 1 : undefined}
      aria-setsize={props.place?.of}
    >
      <div className="milestone-head">
        <span className="badge">{t(`path.kinds.${milestone.kind}`)}</span>
        <span className="milestone-title">{title}</span>
        <span className="muted-text">{t('path.list.effort', { hours: milestone.effortHours })}</span>
        <span className="milestone-dates">
          {slot
            ? t('path.list.dates', { start: day(slot.startDate), end: day(slot.endDate) })
            : t('path.list.unscheduled')}
        </span>
      </div>
      {milestone.prerequisites.length > 0 ? (
        <p className="muted-text">
          {t('path.list.after', { titles: milestone.prerequisites.map(props.titleOf).join(', ') })}
        </p>
      ) : null}
      <div className="inline-fields">
        <select
          aria-label={t('path.list.status', { title })}
          value={milestone.status}
          onChange={(event) =>
            void updateMilestone(milestone.id, { status: event.target.value as MilestoneStatus })
          }
        >
          {MILESTONE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`path.statuses.${status}`)}
            </option>
          ))}
        </select>
        <input
          type="text"
          inputMode="decimal"
          className="hours-input"
          aria-label={t('path.list.logged', { title })}
          value={logged}
          onChange={(event) => setLogged(event.target.value)}
          onBlur={saveLogged}
          onKeyDown={(event) => event.key === 'Enter' && saveLogged()}
        />
        <span aria-hidden="true">{t('path.list.loggedSuffix')}</span>
        <button
          type="button"
          className="button secondary small"
          onClick={() => void moveMilestone(milestone.id, -1)}
        >
          <span aria-hidden="true">↑</span>
          <span className="visually-hidden">{t('path.list.moveUp', { title })}</span>
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() => void moveMilestone(milestone.id, 1)}
        >
          <span aria-hidden="true">↓</span>
          <span className="visually-hidden">{t('path.list.moveDown', { title })}</span>
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() => void deleteMilestone(milestone.id)}
        >
          {t('path.list.remove')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
      <FormProblem message={problem} />
      <Disclosure className="milestone-details" summary={t('path.edit.toggle', { title })}>
        {() => <MilestoneDetails milestone={milestone} title={title} titleOf={props.titleOf} />}
      </Disclosure>
    </li>
  );
}
