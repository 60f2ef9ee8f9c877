import type { ReactNode } from 'react';
import { Group } from '@visx/group';

/**
 * A chart's SVG at its drawn size, scaling down with a narrower column (the viewBox), and the
 * plotting area inside its margins.
 */
export function ChartSurface({
  width,
  height,
  margin,
  children,
}: {
  width: number;
  height: number;
  margin: { top: number; left: number };
  children: ReactNode;
}) {
  return (
    <svg className="chart-svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <Group left={margin.left} top={margin.top}>
        {children}
      </Group>
    </svg>
  );
}
