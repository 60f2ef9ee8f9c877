import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { scaleLinear, scalePoint } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import {
  AXIS_STYLE,
  CHART_WIDTH,
  MARGIN,
  TICK_LABEL,
  everyNth,
  valueDomain,
} from '../../../../components/charts/chart-frame';
import { ChartSurface } from '../../../../components/charts/ChartSurface';
import { ChartLegend } from '../../../../components/charts/ChartLegend';

export interface BalanceSeries {
  id: string;
  name: string;
  colour: string;
  /** The end-of-month balance, in whole currency units, one per month. */
  values: readonly number[];
}

export interface MonthMarker {
  month: string;
  label: string;
  colour: string;
  dash: string;
}

const HEIGHT = 300;

/** The balance month by month for each scenario, with the runway end and ready date marked. */
export function BalanceChart({
  months,
  series,
  markers,
  formatTick,
}: {
  months: readonly string[];
  series: readonly BalanceSeries[];
  markers: readonly MonthMarker[];
  formatTick: (value: number) => string;
}) {
  const innerWidth = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scalePoint({ domain: [...months], range: [0, innerWidth] });
  const y = scaleLinear({
    domain: valueDomain(series.flatMap((s) => s.values)),
    range: [innerHeight, 0],
    nice: true,
  });
  const at = (month: string) => x(month) ?? 0;
  return (
    <>
      <ChartSurface width={CHART_WIDTH} height={HEIGHT} margin={MARGIN}>
        <GridRows scale={y} width={innerWidth} stroke="var(--border)" strokeDasharray="3 3" />
        {series.map((line) => (
          <LinePath
            key={line.id}
            className="chart-line"
            data={line.values.map((value, index) => ({ value, month: months[index] ?? '' }))}
            x={(point) => at(point.month)}
            y={(point) => y(point.value)}
            stroke={line.colour}
            strokeWidth={line.id === 'baseline' ? 3 : 2}
            fill="none"
          />
        ))}
        {markers.map((marker, index) => {
          const lineX = at(marker.month);
          // Right of the line, or left of it near the right edge, so it is never cut off.
          const leftOfLine = lineX > (innerWidth * 2) / 3;
          return (
            <g key={marker.label}>
              <Line
                from={{ x: lineX, y: 0 }}
                to={{ x: lineX, y: innerHeight }}
                stroke={marker.colour}
                strokeDasharray={marker.dash}
              />
              <text
                x={lineX + (leftOfLine ? -6 : 6)}
                y={index === 0 ? 14 : innerHeight - 8}
                textAnchor={leftOfLine ? 'end' : 'start'}
                {...TICK_LABEL}
              >
                {marker.label}
              </text>
            </g>
          );
        })}
        <AxisLeft scale={y} tickFormat={(value) => formatTick(Number(value))} {...AXIS_STYLE} />
        <AxisBottom top={innerHeight} scale={x} tickValues={everyNth(months, 3)} {...AXIS_STYLE} />
      </ChartSurface>
      <ChartLegend items={series} />
    </>
  );
}
