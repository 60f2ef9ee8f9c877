import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridColumns } from '@visx/grid';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { AXIS_STYLE, MARGIN, TICK_LABEL, valueDomain, wholeTicks, type BarSeries } from './chart-frame';
import { ChartSurface } from './ChartSurface';
import { ChartLegend } from './ChartLegend';

const ROW_HEIGHT = 34;

/** One row of bars per category (skills, stages), named on the left; long lists grow down. */
export function HorizontalBars({
  categories,
  series,
  formatTick,
  width,
  labelWidth,
  ticks = null,
}: {
  categories: readonly string[];
  series: readonly BarSeries[];
  formatTick: (value: number) => string;
  width: number;
  labelWidth: number;
  /** Fixed ticks (skill levels 0 to 4); otherwise whole-number ticks from the data. */
  ticks?: readonly number[] | null;
}) {
  const margin = { ...MARGIN, left: labelWidth };
  const height = margin.top + margin.bottom + categories.length * ROW_HEIGHT;
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const y = scaleBand({ domain: [...categories], range: [0, innerHeight], padding: 0.2 });
  const side = scaleBand({ domain: series.map((s) => s.key), range: [0, y.bandwidth()], padding: 0.05 });
  const domain = ticks
    ? [Math.min(...ticks), Math.max(...ticks)]
    : valueDomain(series.flatMap((s) => s.values));
  const x = scaleLinear({ domain, range: [0, innerWidth], nice: ticks === null });
  const tickValues = ticks ? [...ticks] : wholeTicks(x.ticks(5));
  return (
    <>
      <ChartSurface width={width} height={height} margin={margin}>
        <GridColumns
          scale={x}
          tickValues={tickValues}
          height={innerHeight}
          stroke="var(--border)"
          strokeDasharray="3 3"
        />
        {series.map((s) =>
          categories.map((category, index) => (
            <Bar
              key={`${category}-${s.key}`}
              className="chart-bar"
              x={x(0)}
              y={(y(category) ?? 0) + (side(s.key) ?? 0)}
              width={Math.max(0, x(s.values[index] ?? 0) - x(0))}
              height={side.bandwidth()}
              fill={s.colour}
            />
          )),
        )}
        <AxisLeft scale={y} {...AXIS_STYLE} tickLabelProps={{ ...TICK_LABEL, fontSize: 13 }} />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={tickValues}
          tickFormat={(value) => formatTick(Number(value))}
          {...AXIS_STYLE}
        />
      </ChartSurface>
      {series.length > 1 ? <ChartLegend items={series} /> : null}
    </>
  );
}
