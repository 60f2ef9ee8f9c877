import type { ReactNode } from 'react';
import { plannerApi } from '../state/api';

/**
 * A link to an official site, opened in the user's browser through main's allow-list (the
 * app's own window never navigates away).
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        void plannerApi().openExternal(href);
      }}
    >
      {children}
    </a>
  );
}
