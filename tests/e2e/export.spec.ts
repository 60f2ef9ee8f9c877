/**
 * Export journeys: the counsellor summary printed to PDF (read back with poppler's pdftotext,
 * pdfinfo and pdftoppm), Markdown, CSV and calendar files with hostile text in them, and a
 * backup restored into a fresh data folder, where a damaged file changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import type { PlannerDocument } from '../../preload/contract/document';
import { startPreviewServer } from '../../main/browser-preview/preview-server';
import { storagePaths } from '../../main/services/storage/storage-paths';
import { seededDataFolder } from '../support/data-folder';
import { sha256 } from '../support/fixtures';
import { fullPlanner } from '../support/full-planner';
import { E2E_TODAY, e2eServerNow, expect, test } from './fixtures';
import { openSection } from './journeys/onboarding';
import { SCREENSHOT_DIRECTORY } from './journeys/screens';
import { saveThrough } from './saved-files';
import { inkInSideMargins, pdfWords } from './pdf-pages';
import { MARGIN_INCHES } from '../../main/services/export/pdf-layout';

const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  style: '</style><h1>owned</h1>',
  link: '[x](javascript:alert(1))',
  formula: '=HYPERLINK("http://x")',
  long: 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4),
  rtl: 'مرحبا بالعالم',
};

function hostilePlanner(): PlannerDocument {
  const document = fullPlanner({
    applications: 40,
    milestones: 12,
    today: '2026-11-21',
    name: HOSTILE.img,
    note: [HOSTILE.style, HOSTILE.link, HOSTILE.long, HOSTILE.rtl].join('\n'),
  });
  const [first, ...rest] = document.applications.applications;
  if (!first) throw new Error('expected generated applications');
  return {
    ...document,
    // The whole log, so the hostile first application (a year ago) is in the summary.
    summary: { ...document.summary, logMonths: null },
    applications: {
      ...document.applications,
      applications: [{ ...first, organisation: HOSTILE.formula, role: HOSTILE.link }, ...rest],
    },
  };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
/**
 * The PDF's text as pdftotext reads it twice: in drawing order (-raw keeps each table cell's
 * lines together) and in reading order (which puts right-to-left text the right way round).
 */
const pdfText = (file: string) =>
  ['-raw', '-nopgbrk']
    .map((mode) => execFileSync('pdftotext', [mode, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
    .join('\n');
test.beforeAll(() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'These journeys read PDFs back with poppler: install poppler-utils (Debian) or run `bash .ci/run`.',
    );
  }
});

const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-21T10:00:00'));
});

test.describe('the counsellor summary', () => {
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(hostilePlanner())) } });

  test('prints hostile text as text in the preview, the PDF, the Markdown and the CSV, and runs nothing', async ({
    app,
  }) => {
    const dialogs: string[] = [];
    app.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openSection(app, 'Export');

    const preview = app.frameLocator('iframe[title="Preview of the counsellor summary"]');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`Transition plan: ${HOSTILE.img}`);
    await expect(preview.locator('img')).toHaveCount(0);
    await expect(preview.getByText('owned')).toBeVisible();
    await expect(preview.locator('h1')).toHaveCount(1);

    const pdf = await saveThrough(
      app,
      app.getByRole('button', { name: 'Save as PDF' }),
      /passerelle-summary-2026-11-21\.pdf$/,
    );
    const info = pdfInfo(pdf);
    // The fixture's profile is in France: A4 (595 × 842 pt).
    expect(info).toMatch(/Page size:\s+595\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = pdfText(pdf);
    for (const value of Object.values(HOSTILE)) expect(squeeze(text)).toContain(squeeze(value));
    // Every page is numbered "n / total".
    for (let page = 1; page <= pages; page++) expect(squeeze(text)).toContain(`${page}/${pages}`);
    for (const heading of ['Situation', 'Goals', 'Action plan', 'Job-search log', 'Money', 'Remarks']) {
      expect(text).toContain(heading);
    }

    mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '2',
      pdf,
      `${SCREENSHOT_DIRECTORY}/export-pdf-page`,
    ]);
    expect(existsSync(`${SCREENSHOT_DIRECTORY}/export-pdf-page-1.png`)).toBe(true);

    const markdown = readFileSync(
      await saveThrough(
        app,
        app.getByRole('button', { name: 'Save as Markdown' }),
        /passerelle-summary-2026-11-21\.md$/,
      ),
      'utf8',
    );
    // Every < and ] from the data is escaped, so no tag and no link can form.
    expect(markdown).not.toMatch(/(?<!\\)<img|(?<!\\)<\/style|\]\(javascript/);
    const unescaped = markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~=])/g, '$1');
    for (const value of Object.values(HOSTILE)) expect(squeeze(unescaped)).toContain(squeeze(value));

    const csv = readFileSync(
      await saveThrough(
        app,
        app.getByRole('button', { name: 'Save the job-search log (CSV)' }),
        /passerelle-job-search-log-2026-11-21\.csv$/,
      ),
      'utf8',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const calendar = readFileSync(
      await saveThrough(
        app,
        app.getByRole('button', { name: 'Save the plan as a calendar (.ics)' }),
        /passerelle-path-2026-11-21\.ics$/,
      ),
      'utf8',
    );
    const events = new ICAL.Component(ICAL.parse(calendar) as unknown[]).getAllSubcomponents('vevent');
    expect(events).toHaveLength(9); // 12 steps, 3 already done

    expect(dialogs).toEqual([]);
  });

  test('follows the chosen parts, language and privacy switch, and keeps the note', async ({
    app,
    preview,
  }) => {
    await openSection(app, 'Export');
    const frame = app.frameLocator('iframe[title="Preview of the counsellor summary"]');
    await app.getByLabel('Job-search log', { exact: true }).uncheck();
    await app.getByLabel('Hide exact amounts (dates and the verdict stay)').check();
    await app.getByLabel('Français').check();
    await app.getByLabel('Remarks for your counsellor').fill('Rendez-vous le 3 décembre.');
    await expect(frame.getByRole('heading', { level: 2, name: 'Remarques' })).toBeVisible();
    await expect(frame.getByText('Rendez-vous le 3 décembre.')).toBeVisible();
    await expect(frame.getByRole('heading', { name: 'Journal de recherche d’emploi' })).toHaveCount(0);
    await expect(frame.getByText('Dépense nette par mois\u202f: montant masqué.')).toBeVisible();
    // The interface stays in English.
    await expect(app.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();

    await app.getByRole('link', { name: 'Backup and restore' }).click();
    await preview.restart();
    await app.goto(`${preview.url}#/export`);
    await expect(app.getByLabel('Remarks for your counsellor')).toHaveValue('Rendez-vous le 3 décembre.');
    await expect(app.getByLabel('Français')).toBeChecked();
    await expect(app.getByLabel('Job-search log', { exact: true })).not.toBeChecked();
  });
});

/** A 180-letter word, a 150-character URL, and the longest organisation and name the forms allow. */
const LONG = {
  word: 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4),
  url: 'https://careers.example.org/specialist-ai-tutor/clinical-reasoning?ref=passerelle&utm_source=counsellor&utm_medium=pdf&session=0123456789abcdef0123',
  organisation: 'Établissementpublicnationaldelaformationprofessionnelle'.repeat(3).slice(0, 160),
  contact: 'Marie-Éléonore Duchâteau-Villeneuve de la Tour-Maubourg-Saint-Exupéry',
  /** The longest name the profile allows, in the title (18 pt, bold). */
  name: 'Wolfeschlegelsteinhausenbergerdorff'.repeat(4).slice(0, 120),
};

function longWordsPlanner(country: 'FR' | 'US'): PlannerDocument {
  const document = fullPlanner({
    applications: 12,
    milestones: 6,
    today: '2026-11-21',
    stepTitles: [LONG.url],
    name: LONG.name,
    note: `${LONG.word} ${LONG.url}`,
  });
  const [first, ...rest] = document.applications.applications;
  if (!first) throw new Error('expected generated applications');
  const history = first.history.map((entry, i) => (i === 0 ? { ...entry, note: LONG.word } : entry));
  const contact = { name: LONG.contact, role: '', email: '', phone: '', notes: '', lastContacted: null };
  return {
    ...document,
    profile: {
      ...document.profile,
      country,
      previousMonthlyPay: { amountMinor: 420000, currency: country === 'US' ? 'USD' : 'EUR' },
    },
    summary: { ...document.summary, logMonths: null },
    applications: {
      ...document.applications,
      applications: [
        { ...first, organisation: LONG.organisation, role: LONG.url, history, contacts: [contact] },
        ...rest,
      ],
    },
  };
}

const PAPERS = [
  { country: 'FR', paper: 'A4', size: /Page size:\s+595\.\d+ x 84[12]\.\d+ pts \(A4\)/ },
  { country: 'US', paper: 'Letter', size: /Page size:\s+612(\.\d+)? x 792(\.\d+)? pts \(letter\)/ },
] as const;

for (const { country, paper, size } of PAPERS) {
  test.describe(`the summary on ${paper} paper`, () => {
    test.use({ seed: { dataFile: Buffer.from(JSON.stringify(longWordsPlanner(country))) } });

    test('keeps every table inside the page: long words and URLs wrap, six columns fit, nothing is cut', async ({
      app,
    }) => {
      await openSection(app, 'Export');
      // The preview is styled: the app's CSP allows the summary's stylesheet by its hash.
      const previewBody = app
        .frameLocator('iframe[title="Preview of the counsellor summary"]')
        .locator('body');
      await expect(previewBody).toContainText(LONG.organisation);
      expect(await previewBody.evaluate((body) => getComputedStyle(body).overflowWrap)).toBe('anywhere');
      const pdf = await saveThrough(
        app,
        app.getByRole('button', { name: 'Save as PDF' }),
        /passerelle-summary-2026-11-21\.pdf$/,
      );
      const info = pdfInfo(pdf);
      expect(info).toMatch(size);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);

      // Nothing cut: every long value is there whole, wherever its lines were broken.
      const text = squeeze(pdfText(pdf));
      for (const value of Object.values(LONG)) expect(text).toContain(squeeze(value));
      for (const heading of ['Action plan', 'Job-search log']) expect(text).toContain(squeeze(heading));

      // Every word sits between the margins (0.6 in = 43.2 pt), with a point for glyph edges.
      const margin = MARGIN_INCHES * 72;
      const { pageWidths, words } = pdfWords(pdf);
      expect(pageWidths).toHaveLength(pages);
      const outside = words.filter(
        (word) => word.xMin < margin - 1 || word.xMax > (pageWidths[word.page - 1] ?? 0) - margin + 1,
      );
      expect(outside).toEqual([]);
      // And nothing is drawn in the side margins: no text, no table border run past the column.
      expect(inkInSideMargins(pdf, pages, margin)).toEqual([]);

      mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '80', pdf, `${SCREENSHOT_DIRECTORY}/export-pdf-${paper}-page`]);
    });
  });
}

test.describe('backup and restore', () => {
  const source = fullPlanner({ applications: 25, milestones: 8, today: '2026-11-21', name: 'Amina Diallo' });
  test.use({ seed: { dataFile: Buffer.from(JSON.stringify(source)) } });

  test('a backup restores into a fresh data folder, and a damaged one changes nothing', async ({ app }) => {
    await openSection(app, 'Export');
    await app.getByRole('link', { name: 'Backup and restore' }).click();
    const backup = await saveThrough(
      app,
      app.getByRole('button', { name: 'Save a backup' }),
      new RegExp(`passerelle-backup-${E2E_TODAY}\\.json$`),
    );
    const bytes = readFileSync(backup);
    const damaged = Buffer.from(bytes);
    const at = Math.floor(damaged.length * 0.7);
    damaged[at] = (damaged[at] ?? 0) ^ 0x04;
    const damagedFile = `${backup}.damaged.json`;
    writeFileSync(damagedFile, damaged);

    const freshFolder = seededDataFolder('passerelle-e2e-fresh-');
    const fresh = await startPreviewServer({
      rendererDirectory: resolve('out/renderer'),
      dataDirectory: freshFolder,
      now: e2eServerNow,
    });
    try {
      await app.goto(fresh.url);
      await expect(app.getByRole('heading', { name: 'Welcome to Passerelle' })).toBeVisible();
      const dataFile = storagePaths(freshFolder).dataFile;
      const before = existsSync(dataFile) ? sha256(readFileSync(dataFile)) : null;

      await app.locator('input[type="file"]').setInputFiles(damagedFile);
      await expect(app.getByRole('alert')).toContainText('Nothing was changed.');
      expect(existsSync(dataFile) ? sha256(readFileSync(dataFile)) : null).toBe(before);

      await app.locator('input[type="file"]').setInputFiles(backup);
      const comparison = app.getByRole('table', { name: 'What the backup holds, against your data now' });
      await expect(comparison.getByRole('row', { name: /Applications/ })).toHaveText(/Applications\s*0\s*25/);
      await app.getByRole('button', { name: 'Replace my data with this backup' }).click();
      await expect(app.getByText('Hello Amina Diallo')).toBeVisible();

      await fresh.close();
      const restored = JSON.parse(readFileSync(dataFile, 'utf8')) as PlannerDocument;
      expect(restored).toEqual(source);
    } finally {
      await fresh.close();
    }
  });
});
