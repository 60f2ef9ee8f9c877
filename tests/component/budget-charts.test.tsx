import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BalanceChart } from '../../renderer/src/features/budget/overview/charts/BalanceChart';
import { FlowsChart } from '../../renderer/src/features/budget/overview/charts/FlowsChart';

const MONTHS = ['Dec 26', 'Jan 27', 'Feb 27', 'Mar 27'];
const plain = (value: number) => String(value);

/** The y of a line's last point, from its SVG path ("M x,y L x,y …"). */
function lastY(path: Element): number {
  const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g) ?? [];
  return Number(numbers.at(-1));
}

describe('the Budget charts', () => {
  it('draw one line per scenario, a falling balance ending lower, the markers and the legend', () => {
    const { container } = render(
      <BalanceChart
        months={MONTHS}
        series={[
          { id: 'baseline', name: 'Baseline', colour: 'blue', values: [1000, 1200, 1400, 1600] },
          { id: 'pessimistic', name: 'Pessimistic', colour: 'red', values: [1000, 500, 0, -500] },
        ]}
        markers={[{ month: 'Feb 27', label: 'Runway ends', colour: 'red', dash: '6 3' }]}
        formatTick={plain}
      />,
    );
    const [baseline, pessimistic] = [...container.querySelectorAll('path.chart-line')];
    expect(baseline).toBeDefined();
    expect(pessimistic).toBeDefined();
    // SVG's y grows downwards: the lower balance has the larger y.
    expect(lastY(pessimistic as Element)).toBeGreaterThan(lastY(baseline as Element));
    expect(screen.getByText('Runway ends')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Baseline',
      'Pessimistic',
    ]);
    // Zero is always on the axis, so a balance crossing it is seen doing so.
    expect(screen.getByText('0')).toBeInTheDocument();
  });

  it('draw two bars a month, income taller than expenses when more came in', () => {
    const { container } = render(
      <FlowsChart
        flows={MONTHS.map((month) => ({ month, income: 3000, expenses: 1500 }))}
        names={{ income: 'Income', expenses: 'Expenses' }}
        colours={{ income: 'blue', expenses: 'grey' }}
        formatTick={plain}
      />,
    );
    const bars = [...container.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(MONTHS.length * 2);
    const [income, expenses] = bars.map((bar) => Number(bar.getAttribute('height')));
    expect(income).toBeCloseTo((expenses ?? 0) * 2, 5);
  });
});
