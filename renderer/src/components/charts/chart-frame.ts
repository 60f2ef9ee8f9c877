/**
 * What the app's charts share: size, margins, axis look, colours. They are plain SVG drawn
 * with visx (scales, shapes, axes), which renders in one React pass; recharts laid each chart
 * out in several synchronous passes and held the page 150 ms per chart when the Budget opened.
 * Every chart is hidden from screen readers: a table beside it holds the same numbers.
 */
export const CHART_WIDTH = 760;
export const MARGIN = { top: 16, right: 24, bottom: 32, left: 80 } as const;

export const AXIS_COLOUR = 'var(--text-muted)';
export const TICK_LABEL = { fill: 'var(--text)', fontSize: 12 } as const;
/** Spread into every visx axis: one look for all of them. */
export const AXIS_STYLE = {
  stroke: AXIS_COLOUR,
  tickStroke: AXIS_COLOUR,
  tickLabelProps: TICK_LABEL,
} as const;

export const SCENARIO_COLOURS = [
  'var(--chart-have)',
  'var(--chart-lean)',
  'var(--chart-pessimistic)',
  'var(--chart-need)',
  'var(--text-muted)',
] as const;

/** One label in `step` on a crowded axis (36 months would overlap). */
export function everyNth<T>(values: readonly T[], step: number): T[] {
  return values.filter((_, index) => index % step === 0);
}

/** Ticks for counts (applications, weeks): whole numbers only. */
export function wholeTicks(ticks: readonly number[]): number[] {
  return ticks.filter((tick) => Number.isInteger(tick));
}

export interface BarSeries {
  key: string;
  name: string;
  colour: string;
  /** One value per category, in the categories' order. */
  values: readonly number[];
}

/** The y range always includes zero, so a balance going negative is seen crossing it. */
export function valueDomain(values: readonly number[]): [number, number] {
  return [Math.min(0, ...values), Math.max(0, ...values)];
}
