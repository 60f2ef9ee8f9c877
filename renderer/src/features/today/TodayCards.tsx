/**
 * Today's cards that compute something (fit scores, the path's schedule, applications to see
 * to, the budget's 36-month projection): their own chunk, shown after the heading is painted,
 * one card per task so that no single task holds the page for all of them.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { ApplicationsCard } from './ApplicationsCard';
import { DutiesCard } from './DutiesCard';
import { RunwayCard } from './RunwayCard';
import { TargetsCard } from './TargetsCard';
import { ThisWeekCard } from './ThisWeekCard';

const CARDS: readonly ComponentType[] = [TargetsCard, ThisWeekCard, DutiesCard, ApplicationsCard, RunwayCard];

export function TodayCards() {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= CARDS.length) return;
    const timer = setTimeout(() => setShown((count) => count + 1), 0);
    return () => clearTimeout(timer);
  }, [shown]);
  return (
    <>
      {CARDS.slice(0, shown).map((Card, index) => (
        <Card key={index} />
      ))}
    </>
  );
}
