import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { SECTIONS } from './sections';

export function Navigation() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="nav-list">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <Link
              href={section.path}
              className="nav-link"
              aria-current={location === section.path ? 'page' : undefined}
            >
              {t(`nav.${section.id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
