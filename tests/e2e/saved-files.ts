/**
 * Files the app saves: in the browser preview, main's save service writes them to the data
 * folder's exports/ and the screen says where. This clicks a save button, waits for the
 * message naming the expected file, and returns the file's path.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export async function saveThrough(page: Page, button: Locator, fileName: RegExp): Promise<string> {
  await button.click();
  const message = page.getByRole('status').filter({ hasText: fileName });
  await expect(message).toBeVisible({ timeout: 30_000 });
  const text = (await message.textContent()) ?? '';
  const path = text.replace(/^(Saved: |Enregistré\s: )/, '').trim();
  expect(path).toMatch(fileName);
  return path;
}
