import { readFileSync } from 'node:fs';
import { backupFileName } from '../../main/services/storage/backup-retention';
import { fixtureBytes } from '../support/fixtures';
import { expect, test } from './fixtures';

test.describe('a damaged data file with a backup beside it', () => {
  test.use({
    seed: {
      dataFile: fixtureBytes('damaged/truncated.json'),
      backups: { [backupFileName('daily', new Date(2026, 10, 18))]: fixtureBytes('documents/v1.json') },
    },
  });

  test('is quarantined untouched, the backup is restored, and the user is told', async ({ app }) => {
    const notice = app.getByRole('alert');
    await expect(notice).toContainText('Vos données ont été récupérées');
    await expect(notice).toContainText('tronqué');
    await expect(notice).toContainText('La sauvegarde du 18 nov. 2026');
    const copyPath = (await notice.locator('code').textContent()) ?? '';
    expect(readFileSync(copyPath)).toEqual(fixtureBytes('damaged/truncated.json'));
    // The restored backup's data is on screen (this backup's user chose French).
    await expect(app.getByText('Bonjour Amina Diallo')).toBeVisible();
    await app.getByRole('button', { name: 'Fermer' }).click();
    await expect(notice).toHaveCount(0);
  });
});

test.describe('a corrupt data file with no backup', () => {
  test.use({ seed: { dataFile: fixtureBytes('damaged/nul-bytes.json') } });

  test('starts fresh, says so, and keeps the copy', async ({ app }) => {
    const notice = app.getByRole('alert');
    await expect(notice).toContainText('We recovered your data');
    await expect(notice).toContainText('damaged and could not be read');
    await expect(notice).toContainText('No usable backup was found');
    await expect(app.getByRole('heading', { level: 1, name: 'Welcome to Passerelle' })).toBeVisible();
  });
});
