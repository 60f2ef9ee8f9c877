/** The series of a chart and their colours, as HTML under it (wraps on a narrow window). */
export function ChartLegend({ items }: { items: readonly { name: string; colour: string }[] }) {
  return (
    <ul className="chart-legend">
      {items.map(({ name, colour }) => (
        <li key={name}>
          <span className="chart-swatch" style={{ background: colour }} />
          {name}
        </li>
      ))}
    </ul>
  );
}
