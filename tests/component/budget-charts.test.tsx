import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BalanceChart } from '../../renderer/src/features/budget/overview/charts/BalanceChart';
import { VerticalBars } from '../../renderer/src/components/charts/VerticalBars';

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
      <VerticalBars
        categories={MONTHS}
        series={[
          { key: 'income', name: 'Income', colour: 'blue', values: MONTHS.map(() => 3000) },
          { key: 'expenses', name: 'Expenses', colour: 'grey', values: MONTHS.map(() => 1500) },
        ]}
        formatTick={plain}
        height={260}
      />,
    );
    const bars = [...container.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(MONTHS.length * 2);
    const heights = bars.map((bar) => Number(bar.getAttribute('height')));
    // Series by series: the months' income bars, then their expense bars.
    const [income, expenses] = [heights[0], heights[MONTHS.length]];
    expect(income).toBeCloseTo((expenses ?? 0) * 2, 5);
  });
});
