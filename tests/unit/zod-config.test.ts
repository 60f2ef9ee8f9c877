import { expect, it } from 'vitest';

// The renderer's CSP forbids eval: zod must be jitless there, or it probes with `new Function`
// and the page logs a CSP violation. The setting is written to the global zod keeps its
// configuration in, so this catches a zod upgrade that stops reading it there.
it('makes zod jitless without importing zod, for zod loaded after the setting (as at start-up)', async () => {
  expect((globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig).toBeUndefined();
  await import('../../renderer/src/zod-config');
  const { config } = await import('zod/v4/core');
  expect(config().jitless).toBe(true);
});
