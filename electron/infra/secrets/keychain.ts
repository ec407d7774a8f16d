// The OS keychain through keytar: macOS Keychain, Windows Credential Vault, the Secret
// Service (GNOME Keyring, KWallet) on Linux. When none answers, the console says so and
// stores nothing: there is no plain-text fallback.
import { createRequire } from 'node:module';
import type { KeychainState, SecretStore } from './secret-store';

export const KEYCHAIN_SERVICE = 'Social Flow Console';

type Keytar = {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<{ account: string; password: string }[]>;
};

function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/DBUS|D-Bus|org\.freedesktop\.secrets|secret service/i.test(message)) {
    return 'No OS keychain answered (the Secret Service is not running on this desktop session). Saved connections need a keychain such as GNOME Keyring or KWallet; the demo keeps working.';
  }
  if (/Cannot find module|was compiled against|NODE_MODULE_VERSION/i.test(message)) {
    return 'The keychain module (keytar) could not be loaded on this machine. Saved connections are unavailable; the demo keeps working.';
  }
  return `The OS keychain refused access: ${message.slice(0, 200)}`;
}

export async function openKeychain(service = KEYCHAIN_SERVICE): Promise<KeychainState> {
  let keytar: Keytar;
  try {
    // keytar is a native CommonJS addon; load it lazily so a missing build is a message, not a crash.
    keytar = createRequire(import.meta.url)('keytar') as Keytar;
  } catch (error) {
    return { available: false, reason: explain(error) };
  }
  try {
    await keytar.findCredentials(service); // probes the Secret Service / keychain without side effects
  } catch (error) {
    return { available: false, reason: explain(error) };
  }
  const store: SecretStore = {
    get: (account) => keytar.getPassword(service, account),
    set: (account, value) => keytar.setPassword(service, account, value),
    delete: (account) => keytar.deletePassword(service, account),
  };
  return { available: true, store };
}
