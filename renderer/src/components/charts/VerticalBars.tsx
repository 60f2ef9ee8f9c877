import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import {
  AXIS_STYLE,
  CHART_WIDTH,
  MARGIN,
  TICK_LABEL,
  everyNth,
  valueDomain,
  wholeTicks,
  type BarSeries,
} from './chart-frame';
import { ChartSurface } from './ChartSurface';
import { ChartLegend } from './ChartLegend';

export interface ReferenceValue {
  value: number;
  label: string;
  colour: string;
}

/** Bars standing on a category axis (months, weeks), grouped when there are several series. */
export function VerticalBars({
  categories,
  series,
  formatTick,
  height,
  width = CHART_WIDTH,
  labelEvery = 1,
  wholeNumbers = false,
  reference = null,
}: {
  categories: readonly string[];
  series: readonly BarSeries[];
  formatTick: (value: number) => string;
  height: number;
  width?: number;
  labelEvery?: number;
  wholeNumbers?: boolean;
  reference?: ReferenceValue | null;
}) {
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const x = scaleBand({ domain: [...categories], range: [0, innerWidth], padding: 0.2 });
  const side = scaleBand({ domain: series.map((s) => s.key), range: [0, x.bandwidth()], padding: 0.05 });
  const values = [...series.flatMap((s) => s.values), ...(reference ? [reference.value] : [])];
  const y = scaleLinear({ domain: valueDomain(values), range: [innerHeight, 0], nice: true });
  const ticks = wholeNumbers ? wholeTicks(y.ticks(5)) : y.ticks(5);
  return (
    <>
      <ChartSurface width={width} height={height} margin={MARGIN}>
        <GridRows
          scale={y}
          tickValues={ticks}
          width={innerWidth}
          stroke="var(--border)"
          strokeDasharray="3 3"
        />
        {series.map((s) =>
          categories.map((category, index) => {
            const value = s.values[index] ?? 0;
            return (
              <Bar
                key={`${category}-${s.key}`}
                className="chart-bar"
                x={(x(category) ?? 0) + (side(s.key) ?? 0)}
                y={y(Math.max(0, value))}
                width={side.bandwidth()}
                height={Math.abs(y(value) - y(0))}
                fill={s.colour}
              />
            );
          }),
        )}
        {reference ? (
          <g>
            <Line
              from={{ x: 0, y: y(reference.value) }}
              to={{ x: innerWidth, y: y(reference.value) }}
              stroke={reference.colour}
              strokeDasharray="6 3"
            />
            <text x={innerWidth - 4} y={y(reference.value) - 6} textAnchor="end" {...TICK_LABEL}>
              {reference.label}
            </text>
          </g>
        ) : null}
        <AxisLeft
          scale={y}
          tickValues={ticks}
          tickFormat={(value) => formatTick(Number(value))}
          {...AXIS_STYLE}
        />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={everyNth(categories, labelEvery)}
          {...AXIS_STYLE}
        />
      </ChartSurface>
      {series.length > 1 ? <ChartLegend items={series} /> : null}
    </>
  );
}
