// lib/ is the pipeline: pure functions that run in the content script, the popup and the CLI alike. WXT's
// auto-imports are off (wxt.config.ts `imports: false`), so a lib/ file that calls `browser` or the settings
// without importing them does not type-check, and the linter refuses the extension globals there too.
import path from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const probePath = path.join(root, 'lib', '__purity-probe__.ts');
const soundPath = path.join(root, 'lib', '__purity-probe-imports__.ts');
const probe = `export function leak(): unknown {
  void browser.runtime.getURL('/engine.js');
  return getSettings();
}
`;
/** The same code with its imports: must type-check, or the probe proves nothing. */
const sound = `import { browser } from 'wxt/browser';\nimport { getSettings } from '../utils/storage';\n${probe}`;

/**
 * Type-check both probes as lib/ files of this project, in one program: the project's compiler options and global
 * declaration files (WXT's .wxt/*.d.ts among them). Returns each probe's error messages.
 */
function typeErrors(): { probe: string[]; sound: string[] } {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); },
  });
  if (!config) throw new Error('tsconfig.json could not be read');
  const virtual = new Map([[probePath, probe], [soundPath, sound]]);
  const globals = config.fileNames.filter((f) => f.endsWith('.d.ts'));
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => {
    const text = virtual.get(path.resolve(name));
    return text !== undefined ? ts.createSourceFile(name, text, lang) : read(name, lang, ...rest);
  };
  host.fileExists = ((exists) => (name: string) => virtual.has(path.resolve(name)) || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram([...globals, probePath, soundPath], config.options, host);
  const errors = (f: string) => ts.getPreEmitDiagnostics(program, program.getSourceFile(f))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { probe: errors(probePath), sound: errors(soundPath) };
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

  it('indexed reads may be undefined to the type checker (noUncheckedIndexedAccess)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
      ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined,
    });
    expect(config!.options.noUncheckedIndexedAccess).toBe(true);
  });

  // One TypeScript program over the project's declarations: seconds on a quiet machine, more under load.
  it('a lib/ file calling browser or getSettings without an import fails the type check; with the imports it passes', { timeout: 90_000 }, () => {
    const errors = typeErrors();
    expect(errors.probe).toContain("Cannot find name 'browser'.");
    expect(errors.probe).toContain("Cannot find name 'getSettings'.");
    expect(errors.sound).toEqual([]);
  });

  it('the linter refuses browser and chrome globals and extension imports in lib/', { timeout: 60_000 }, async () => {
    const eslint = new ESLint({ cwd: root });
    const [res] = await eslint.lintText(
      `import { browser as b } from 'wxt/browser';\nexport const a = [b, browser.runtime.id, chrome.runtime.id];\n`,
      { filePath: probePath },
    );
    const rules = res!.messages.map((m) => m.ruleId);
    expect(rules).toContain('no-restricted-imports');
    expect(rules.filter((r) => r === 'no-restricted-globals')).toHaveLength(2);
  });
});
