/**
 * When a screen throws while rendering, the user sees what happened and a way on, never a
 * blank window. The data is safe: stores change only after main has accepted a change, so a
 * crashed screen holds nothing unsaved. The failure goes to the diagnostics log; moving to
 * another section resets the boundary.
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { plannerApi } from '../state/api';

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function CrashedScreen({ error }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <section className="card crash" role="alert" aria-labelledby="crash-title">
      <h1 id="crash-title">{t('about.crash.title')}</h1>
      <p>{t('about.crash.body')}</p>
      <p className="hint">{t('about.crash.detail', { message: describe(error).slice(0, 300) })}</p>
      <button type="button" className="primary" onClick={() => window.location.reload()}>
        {t('about.crash.reload')}
      </button>
    </section>
  );
}

export function ScreenErrorBoundary({
  where,
  resetKey,
  children,
}: {
  /** The section, for the log. */
  where: string;
  /** The route: a new one shows its screen again. */
  resetKey: string;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      FallbackComponent={CrashedScreen}
      resetKeys={[resetKey]}
      onError={(error) => {
        void plannerApi().reportError({
          where: where.slice(0, 100),
          message: describe(error).slice(0, 1000),
        });
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
