// Runs a command where the OS keychain answers. On Linux without a session bus (CI, SSH,
// containers) it starts a private D-Bus session with an unlocked GNOME Keyring for the
// command's lifetime — the real Secret Service, not a stand-in. Elsewhere (a desktop
// session, macOS, Windows) the command runs against the user's own keychain.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-keyring.mjs <command> [args…]');
  process.exit(2);
}

const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
const needsPrivateSession = process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS;

let result;
if (needsPrivateSession) {
  if (!has('dbus-run-session') || !has('gnome-keyring-daemon')) {
    console.error('The keychain tests need a Secret Service: install dbus and gnome-keyring (Debian: apt-get install dbus-x11 gnome-keyring).');
    process.exit(1);
  }
  // A keyring of its own (gnome-keyring keeps it under $XDG_DATA_HOME/keyrings), created
  // and unlocked with a random password, gone afterwards: no user keyring is touched.
  const dataHome = mkdtempSync(join(tmpdir(), 'sfc-keyring-'));
  const script = 'printf %s "$SFC_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; unset SFC_KEYRING_PASSWORD; exec "$@"';
  result = spawnSync('dbus-run-session', ['--', 'sh', '-c', script, 'sh', ...command], {
    stdio: 'inherit',
    env: { ...process.env, XDG_DATA_HOME: dataHome, SFC_KEYRING_PASSWORD: randomBytes(16).toString('hex') },
  });
  rmSync(dataHome, { recursive: true, force: true });
} else {
  result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', shell: process.platform === 'win32' });
}
process.exit(result.status ?? 1);
