import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { Line, LinePath } from '@visx/shape';
import {
  AXIS_COLOUR,
  CHART_WIDTH,
  MARGIN,
  TICK_LABEL,
  everyNth,
  valueDomain,
} from '../../../../components/charts/chart-frame';
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
      <svg className="chart-svg" viewBox={`0 0 ${CHART_WIDTH} ${HEIGHT}`} width={CHART_WIDTH} height={HEIGHT}>
        <Group left={MARGIN.left} top={MARGIN.top}>
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
          {markers.map((marker, index) => (
            <g key={marker.label}>
              <Line
                from={{ x: at(marker.month), y: 0 }}
                to={{ x: at(marker.month), y: innerHeight }}
                stroke={marker.colour}
                strokeDasharray={marker.dash}
              />
              {/* Right of the line, or left of it near the right edge, so it is never cut off. */}
              <text
                x={at(marker.month) + (at(marker.month) > (innerWidth * 2) / 3 ? -6 : 6)}
                y={index === 0 ? 14 : innerHeight - 8}
                textAnchor={at(marker.month) > (innerWidth * 2) / 3 ? 'end' : 'start'}
                {...TICK_LABEL}
              >
                {marker.label}
              </text>
            </g>
          ))}
          <AxisLeft
            scale={y}
            tickFormat={(value) => formatTick(Number(value))}
            stroke={AXIS_COLOUR}
            tickStroke={AXIS_COLOUR}
            tickLabelProps={TICK_LABEL}
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickValues={everyNth(months, 3)}
            stroke={AXIS_COLOUR}
            tickStroke={AXIS_COLOUR}
            tickLabelProps={TICK_LABEL}
          />
        </Group>
      </svg>
      <ChartLegend items={series} />
    </>
  );
}
