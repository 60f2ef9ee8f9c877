import { Link, useLocation } from 'wouter';

/** A section's views as tabs: links, with the current one marked for assistive technology. */
export function ViewTabs({
  label,
  tabs,
}: {
  label: string;
  tabs: readonly { href: string; text: string }[];
}) {
  const [location] = useLocation();
  return (
    <nav aria-label={label} className="tabs">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className="tab"
          aria-current={location === tab.href ? 'page' : undefined}
        >
          {tab.text}
        </Link>
      ))}
    </nav>
  );
}
