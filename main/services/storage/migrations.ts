/**
 * Our own schema migrations (conf's are documented as buggy, so we do not use them).
 *
 * MIGRATIONS[n] turns a version-n document into version n+1. Each runs on a deep copy, so a
 * migration that throws leaves the caller's data exactly as it was; the storage service only
 * writes a migrated document after it passes the current schema.
 * Add one fixture per past version under tests/fixtures/documents/ when adding a migration.
 */
import { CURRENT_SCHEMA_VERSION } from '../../../preload/contract/document';
import { emptyApplicationsSection } from '../../../preload/contract/applications-section';
import { emptyBudgetSection } from '../../../preload/contract/budget-section';
import { emptyClaimantSection } from '../../../preload/contract/claimant-section';
import { emptyGigSection } from '../../../preload/contract/gig-section';
import { emptyPathSection } from '../../../preload/contract/path-section';
import { emptySkillsSection } from '../../../preload/contract/skills-section';
import { emptySummarySection } from '../../../preload/contract/summary-section';

export type JsonObject = Record<string, unknown>;
export type Migration = (document: JsonObject) => JsonObject;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 2: the Skills & domains section arrives, empty.
  1: (document) => ({ ...document, skills: emptySkillsSection() }),
  // 3: the Path section arrives, empty.
  2: (document) => ({ ...document, path: emptyPathSection() }),
  // 4: the Applications section arrives, with the default stages.
  3: (document) => ({ ...document, applications: emptyApplicationsSection() }),
  // 5: the Budget section arrives, empty.
  4: (document) => ({ ...document, budget: emptyBudgetSection() }),
  // 6: the counsellor summary's settings arrive, with every part included.
  5: (document) => ({ ...document, summary: emptySummarySection() }),
  // 7: benefits saved so far keep their fixed amounts (France's ARE rule is chosen by
  // estimating again); the budget gains exchange rates, empty, and pay its units a week, unknown.
  6: (document) => {
    const budget = document.budget as JsonObject;
    const applications = document.applications as JsonObject;
    const benefits = budget.benefits as JsonObject | null;
    return {
      ...document,
      budget: {
        ...budget,
        benefits: benefits === null ? null : { ...benefits, are: null },
        exchangeRates: [],
      },
      applications: {
        ...applications,
        applications: (applications.applications as JsonObject[]).map((application) => {
          const pay = application.pay as JsonObject | null;
          return { ...application, pay: pay === null ? null : { ...pay, unitsPerWeek: null } };
        }),
      },
    };
  },
  // 8: the gig log and the claimant's duties arrive, empty; no application has a scam sign ticked.
  7: (document) => {
    const applications = document.applications as JsonObject;
    return {
      ...document,
      applications: {
        ...applications,
        applications: (applications.applications as JsonObject[]).map((application) => ({
          ...application,
          scamSigns: [],
        })),
      },
      gig: emptyGigSection(),
      claimant: emptyClaimantSection(),
    };
  },
};

export type MigrationOutcome =
  | { ok: true; document: JsonObject; migratedFrom: number | null }
  | { ok: false; problem: 'newer-version' | 'unknown-version' | 'migration-failed'; detail: string };

export function readSchemaVersion(document: JsonObject): number | null {
  const version = document.schemaVersion;
  return Number.isInteger(version) && (version as number) >= 1 ? (version as number) : null;
}

export function migrateToCurrent(
  document: JsonObject,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  const startVersion = readSchemaVersion(document);
  if (startVersion === null) {
    return {
      ok: false,
      problem: 'unknown-version',
      detail: 'schemaVersion is missing or not a positive integer',
    };
  }
  if (startVersion > currentVersion) {
    return {
      ok: false,
      problem: 'newer-version',
      detail: `file is version ${startVersion}; this app reads up to ${currentVersion}`,
    };
  }
  if (startVersion === currentVersion) return { ok: true, document, migratedFrom: null };
  // A copy only when something will change: cloning 20,000 applications costs 100 ms.
  let working = structuredClone(document);
  for (let version = startVersion; version < currentVersion; version += 1) {
    const migrate = migrations[version];
    if (!migrate) {
      return { ok: false, problem: 'migration-failed', detail: `no migration from version ${version}` };
    }
    try {
      working = { ...migrate(working), schemaVersion: version + 1 };
    } catch (error) {
      return {
        ok: false,
        problem: 'migration-failed',
        detail: `migration from ${version}: ${String(error)}`,
      };
    }
  }
  return { ok: true, document: working, migratedFrom: startVersion === currentVersion ? null : startVersion };
}
