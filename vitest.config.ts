import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Days that break date code written carelessly: the 1st of a month after February, the 31st
 * that is also New Year's Eve, and a 29 February. `npm run test:calendar` runs every suite that
 * reads today (the components all do, through the app) once on each.
 * The projects are named calendar-<day>-unit and calendar-<day>-component.
 */
const HARD_DAYS = ['2027-03-01', '2026-12-31', '2028-02-29'];

const unit = {
  environment: 'node' as const,
  include: ['tests/unit/**/*.test.ts'],
  setupFiles: ['tests/support/fixed-clock.ts'],
  testTimeout: 30_000,
};

const component = {
  environment: 'jsdom' as const,
  include: ['tests/component/**/*.test.tsx'],
  setupFiles: ['tests/component/setup.ts', 'tests/support/fixed-clock.ts'],
  // jsdom journeys on a busy 2-core CI machine can pass 5 s; this is a hang guard, not a speed target.
  testTimeout: 15_000,
};

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', ...unit } },
      { plugins: [react()], test: { name: 'component', ...component } },
      ...HARD_DAYS.flatMap((day) => [
        {
          test: {
            ...unit,
            name: `calendar-${day}-unit`,
            // The unit suites whose subject is dates; the rest take their days as arguments.
            include: ['tests/unit/{budget,path,applications,export}/**/*.test.ts'],
            env: { PASSERELLE_TEST_TODAY: day },
          },
        },
        {
          plugins: [react()],
          test: { ...component, name: `calendar-${day}-component`, env: { PASSERELLE_TEST_TODAY: day } },
        },
      ]),
    ],
  },
});
