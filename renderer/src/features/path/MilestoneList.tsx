import { useCallback, useRef } from 'react';
import type { Milestone } from '../../../../preload/contract/path-section';
import { usePageRows } from '../../components/use-page-virtualizer';
import type { ScheduledMilestone } from '../../domain/path/schedule';
import { MilestoneRow } from './MilestoneRow';

// A row: the title line, the status and hours line, the details toggle.
const ROW_HEIGHT = 130;

/**
 * The milestones as a list. A long path (hundreds of milestones) renders only the rows near
 * the window: opening the Path or changing one milestone then lays out a screenful, not the
 * whole list. Each rendered row says its place in the whole list to screen readers.
 */
export function MilestoneList(props: {
  shown: readonly Milestone[];
  all: readonly Milestone[];
  slots: ReadonlyMap<string, ScheduledMilestone>;
  displayTitle: (milestone: Milestone) => string;
}) {
  const { shown, all, slots, displayTitle } = props;
  const list = useRef<HTMLOListElement>(null);
  const rows = usePageRows(list, { count: shown.length, estimateSize: ROW_HEIGHT });
  const titleOf = useCallback(
    (id: string) => {
      const found = all.find((m) => m.id === id);
      return found ? displayTitle(found) : id;
    },
    [all, displayTitle],
  );
  return (
    <ol
      ref={list}
      className="milestones"
      style={rows.virtual ? { paddingTop: rows.before, paddingBottom: rows.after } : undefined}
    >
      {rows.indices.map((index) => {
        const milestone = shown[index];
        return milestone ? (
          <MilestoneRow
            key={milestone.id}
            milestone={milestone}
            title={displayTitle(milestone)}
            slot={slots.get(milestone.id)}
            titleOf={titleOf}
            place={rows.virtual ? { index, of: shown.length, measure: rows.measure } : undefined}
          />
        ) : null;
      })}
    </ol>
  );
}
