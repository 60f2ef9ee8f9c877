import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { AXIS_COLOUR, CHART_WIDTH, MARGIN, TICK_LABEL, everyThird, valueDomain } from './chart-frame';
import { ChartLegend } from './ChartLegend';

export interface MonthFlow {
  month: string;
  /** Whole currency units. */
  income: number;
  expenses: number;
}

const HEIGHT = 260;
const KEYS = ['income', 'expenses'] as const;

/** Income against expenses, month by month: two bars a month. */
export function FlowsChart({
  flows,
  names,
  colours,
  formatTick,
}: {
  flows: readonly MonthFlow[];
  names: Record<(typeof KEYS)[number], string>;
  colours: Record<(typeof KEYS)[number], string>;
  formatTick: (value: number) => string;
}) {
  const innerWidth = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const months = flows.map((flow) => flow.month);
  const x = scaleBand({ domain: months, range: [0, innerWidth], padding: 0.2 });
  const side = scaleBand({ domain: [...KEYS], range: [0, x.bandwidth()], padding: 0.05 });
  const y = scaleLinear({
    domain: valueDomain(flows.flatMap((flow) => [flow.income, flow.expenses])),
    range: [innerHeight, 0],
    nice: true,
  });
  return (
    <>
      <svg className="chart-svg" viewBox={`0 0 ${CHART_WIDTH} ${HEIGHT}`} width={CHART_WIDTH} height={HEIGHT}>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <GridRows scale={y} width={innerWidth} stroke="var(--border)" strokeDasharray="3 3" />
          {flows.map((flow) =>
            KEYS.map((key) => {
              const top = y(Math.max(0, flow[key]));
              return (
                <Bar
                  key={`${flow.month}-${key}`}
                  className="chart-bar"
                  x={(x(flow.month) ?? 0) + (side(key) ?? 0)}
                  y={top}
                  width={side.bandwidth()}
                  height={Math.abs(y(flow[key]) - y(0))}
                  fill={colours[key]}
                />
              );
            }),
          )}
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
            tickValues={everyThird(months)}
            stroke={AXIS_COLOUR}
            tickStroke={AXIS_COLOUR}
            tickLabelProps={TICK_LABEL}
          />
        </Group>
      </svg>
      <ChartLegend items={KEYS.map((key) => ({ name: names[key], colour: colours[key] }))} />
    </>
  );
}
