import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isCurrent, sectionAt, SECTIONS, type SectionId } from './section-list';

/** The section the page belongs to, for the narrow window's menu button; null on an unknown page. */
export function currentSection(location: string): SectionId | null {
  return sectionAt(location)?.id ?? null;
}

/** `onNavigate` lets the narrow window's menu close when a link is chosen, even the current one. */
export function Navigation({ onNavigate }: { onNavigate?: (toCurrent: boolean) => void }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        {SECTIONS.map((section) => {
          const current = isCurrent(location, section.path);
          return (
            <li key={section.id}>
              <Link
                href={section.path}
                className="nav-link"
                aria-current={current ? 'page' : undefined}
                onClick={() => onNavigate?.(location === section.path)}
              >
                {t(`nav.${section.id}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
