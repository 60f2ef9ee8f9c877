/**
 * The layer rules (eslint.layers.js, used by eslint.config.js) fire on the imports the
 * architecture forbids, and stay quiet on the ones it allows.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerConfigs } from '../../eslint.layers.js';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parser: tseslint.parser },
      plugins: { '@typescript-eslint': tseslint.plugin },
    },
    ...layerConfigs,
  ],
});

async function problems(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, {
    filePath,
  });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('the layers, as lint rules', () => {
  it.each([
    ['renderer/src/domain/budget/flows.ts', 'react', /Domain logic is pure/],
    ['renderer/src/domain/budget/flows.ts', 'zustand', /Domain logic is pure/],
    ['renderer/src/domain/budget/flows.ts', '../../state/budget-store', /never reaches the UI/],
    ['renderer/src/domain/budget/flows.ts', '../../features/budget/BudgetPage', /never reaches the UI/],
    ['renderer/src/domain/budget/flows.ts', '../../../../main/csp', /never imports main-process code/],
    ['renderer/src/features/onboarding/Onboarding.tsx', '../../app/AppShell', /do not reach up into app/],
    ['renderer/src/views/use-path-view.ts', '../features/path/PathPage', /import none/],
    ['renderer/src/components/StorageNotices.tsx', '../app/AppShell', /import none/],
    ['renderer/src/state/path-store.ts', '../features/path/PathPage', /Stores hold sections/],
    ['renderer/src/app/App.tsx', '../../../main/services/main-services', /never imports main-process code/],
    ['main/csp.ts', '../renderer/src/domain/export/render-html', /Main never imports the renderer/],
    ['preload/contract/channels.ts', '../../main/ipc/handlers', /stand alone/],
  ])('%s may not import %s', async (file, specifier, message) => {
    expect(await problems(file, specifier)).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['renderer/src/domain/budget/flows.ts', '../money'],
    ['renderer/src/domain/budget/flows.ts', 'date-fns'],
    ['renderer/src/features/path/PathPage.tsx', '../../views/use-path-view'],
    ['renderer/src/features/path/PathPage.tsx', '../../components/use-today'],
    ['renderer/src/app/App.tsx', '../features/today/TodaySection'],
    ['main/csp.ts', '../preload/contract/summary-style'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await problems(file, specifier)).toEqual([]);
  });
});
