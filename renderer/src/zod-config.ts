/**
 * Imported first by boot.tsx: zod reads this when each schema is built. The CSP forbids eval;
 * without jitless zod would probe for it and log a violation.
 *
 * Set through the global zod keeps its configuration in (zod 4 shares it across copies on
 * `globalThis.__zod_globalConfig`) rather than through `config()` from `zod/v4/core`: that
 * import alone put zod's whole core (about 90 kB) in the start-up download, before any
 * schema is needed. tests/unit/zod-config.test.ts checks zod still reads it there.
 */
const shared = globalThis as { __zod_globalConfig?: Record<string, unknown> };
// Changed in place: a zod already loaded holds this very object.
(shared.__zod_globalConfig ??= {}).jitless = true;

// A module rather than a script, so a test can import it for its effect.
export {};
