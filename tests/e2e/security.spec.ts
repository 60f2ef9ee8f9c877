import { PLANNER_API_METHODS } from '../../preload/contract/channels';
import { expect, test } from './fixtures';

test('the CSP blocks an injected inline script and reports the violation', async ({ app }) => {
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  const outcome = await app.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
        once: true,
      });
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const directive = await Promise.race([
      violation,
      new Promise<string>((r) => setTimeout(() => r('none'), 2000)),
    ]);
    return { directive, ran: (window as unknown as { __injected?: boolean }).__injected === true };
  });
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});

test('eval is refused by the CSP', async ({ app }) => {
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  // DevTools' own evaluate is exempt from CSP, so eval runs from a task the page schedules.
  const result = await app.evaluate(
    () =>
      new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            resolve(String(eval('6 * 7')));
          } catch (error) {
            resolve((error as Error).name);
          }
        }, 0),
      ),
  );
  expect(result).toBe('EvalError');
});

test('window.api offers exactly the contract, and no way to reach IPC', async ({ app }) => {
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  const surface = await app.evaluate(() => ({
    keys: Object.keys(window.api).sort(),
    types: Object.values(window.api).map((value) => typeof value),
    frozen: Object.isFrozen(window.api),
  }));
  expect(surface.keys).toEqual([...PLANNER_API_METHODS].sort());
  expect(new Set(surface.types)).toEqual(new Set(['function']));
  expect(surface.frozen).toBe(true);
});

test('an injected image handler in a profile field is shown as text, never run', async ({ app }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await app.getByLabel('Your name (optional)').fill(hostile);
  await app.getByLabel('Layoff date').fill('09/12/2025');
  await app.getByRole('button', { name: 'Start planning' }).click();
  await expect(app.getByText(`Hello ${hostile}`)).toBeVisible();
  expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(app.locator('img')).toHaveCount(0);
});
