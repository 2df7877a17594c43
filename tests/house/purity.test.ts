// lib/ is the pipeline: pure functions that run in the content script, the popup and the CLI alike. WXT's
// auto-imports are off (wxt.config.ts `imports: false`), so a lib/ file that calls `browser` or the settings
// without importing them does not type-check, and the linter refuses the extension globals there too.
import path from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const probePath = path.join(root, 'lib', '__purity-probe__.ts');
const probe = `export function leak(): unknown {
  void browser.runtime.getURL('/engine.js');
  return getSettings();
}
`;

/** Type-check the probe as a lib/ file of this project: the project's compiler options and global declarations. */
function typeErrors(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); },
  });
  if (!config) throw new Error('tsconfig.json could not be read');
  // Every global declaration file the project sees (WXT's .wxt/*.d.ts among them), plus the probe.
  const globals = config.fileNames.filter((f) => f.endsWith('.d.ts'));
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    path.resolve(name) === probePath ? ts.createSourceFile(name, source, lang) : read(name, lang, ...rest);
  host.fileExists = ((exists) => (name: string) => path.resolve(name) === probePath || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram([...globals, probePath], config.options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(probePath))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('lib/ purity', () => {
  it('the project declares WXT globals (the check below is not vacuous)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
      ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined,
    });
    expect(config!.fileNames.some((f) => f.includes('/.wxt/'))).toBe(true);
    // WXT does not delete the auto-import declarations when they are switched off: a stale copy declares them all.
    const stale = config!.fileNames.filter((f) => f.endsWith('/.wxt/types/imports.d.ts'));
    expect(stale, 'stale .wxt/types/imports.d.ts: run `rm -rf .wxt && npx wxt prepare`').toEqual([]);
  });

  it('a lib/ file calling browser or getSettings without an import fails the type check', () => {
    const errors = typeErrors(probe);
    expect(errors).toContain("Cannot find name 'browser'.");
    expect(errors).toContain("Cannot find name 'getSettings'.");
  });

  it('the same file with imports type-checks (the probe itself is sound)', () => {
    const errors = typeErrors(`import { browser } from 'wxt/browser';\nimport { getSettings } from '../utils/storage';\n${probe}`);
    expect(errors).toEqual([]);
  });

  it('the linter refuses browser and chrome globals and extension imports in lib/', async () => {
    const eslint = new ESLint({ cwd: root });
    const [res] = await eslint.lintText(
      `import { browser as b } from 'wxt/browser';\nexport const a = [b, browser.runtime.id, chrome.runtime.id];\n`,
      { filePath: probePath },
    );
    const rules = res.messages.map((m) => m.ruleId);
    expect(rules).toContain('no-restricted-imports');
    expect(rules.filter((r) => r === 'no-restricted-globals')).toHaveLength(2);
  });
});
