/**
 * Imported first by boot.tsx: zod reads this when each schema is built. The CSP forbids eval;
 * without jitless zod would probe for it and log a violation. Only zod's core is imported, so
 * the start-up chunk does not carry the whole library for one setting.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
