/**
 * The import direction is a rule of the codebase, not a habit: these cases run the project's own
 * ESLint config on small sources placed in each layer, so loosening the config fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problemsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId?.startsWith('import-x/')).map((message) => message.message);
}

// ESLint loads the TypeScript parser and the import resolver on first use: seconds on a loaded machine.
describe('import boundaries (eslint.config.js)', { timeout: 90_000 }, () => {
  it('keeps the domain pure: no store, components or React wiring', async () => {
    expect(await problemsIn('src/domain/example.ts', "import { useProfileStore } from '../store/profileStore';\nexport const x = useProfileStore;\n")).toEqual([
      expect.stringContaining('The domain is pure'),
    ]);
  });

  it('keeps components out of the store and the drag logic', async () => {
    expect(await problemsIn('src/store/example.ts', "import { Board } from '../components/board/Board';\nexport const x = Board;\n")).toEqual([
      expect.stringContaining('know no components'),
    ]);
  });

  it('lets a feature folder use components/common but not another feature', async () => {
    expect(await problemsIn('src/components/summary/Example.tsx', "import { Modal } from '../common/Modal';\nexport const x = Modal;\n")).toEqual([]);
    expect(await problemsIn('src/components/summary/Example.tsx', "import { PresentView } from '../present/PresentView';\nexport const x = PresentView;\n")).toEqual([
      expect.stringContaining('only through components/common'),
    ]);
  });
});
