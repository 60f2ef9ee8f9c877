/**
 * What both Budget charts share: their size, margins, axis look and colours. Drawn as plain
 * SVG with visx (scales, shapes, axes), which renders in one React pass; recharts laid each
 * chart out in several synchronous passes and held the page 150 ms per chart on opening.
 */
export const CHART_WIDTH = 760;
export const MARGIN = { top: 16, right: 24, bottom: 32, left: 80 } as const;

export const AXIS_COLOUR = 'var(--text-muted)';
export const TICK_LABEL = { fill: 'var(--text)', fontSize: 12 } as const;

export const SCENARIO_COLOURS = [
  'var(--chart-have)',
  'var(--chart-lean)',
  'var(--chart-pessimistic)',
  'var(--chart-need)',
  'var(--text-muted)',
] as const;

/** Every third month is labelled on the x axis, as before: 36 labels would overlap. */
export function everyThird<T>(values: readonly T[]): T[] {
  return values.filter((_, index) => index % 3 === 0);
}

/** The y range always includes zero, so a balance going negative is seen crossing it. */
export function valueDomain(values: readonly number[]): [number, number] {
  return [Math.min(0, ...values), Math.max(0, ...values)];
}
