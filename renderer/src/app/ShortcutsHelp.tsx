// "?": every shortcut the registry knows right now (global, navigation, the current screen,
// tables and dialogs), grouped, with the keys as this platform names them.
import type { JSX } from 'react';
import { Dialog } from '../ui/Dialog';
import { Kbd } from '../ui/Kbd';
import { useShortcutList, type ListedShortcut } from './shortcuts';
import './palette.css';

const ORDER = ['Global', 'Navigation'];

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }): JSX.Element | null {
  if (!open) return null;
  return <ShortcutsHelpBody onClose={onClose} />;
}

function ShortcutsHelpBody({ onClose }: { onClose: () => void }): JSX.Element {
  const all = useShortcutList().filter((s) => s.keys && s.enabled !== false);
  const groups = new Map<string, ListedShortcut[]>();
  for (const shortcut of all) groups.set(shortcut.group, [...(groups.get(shortcut.group) ?? []), shortcut]);
  const names = [...groups.keys()].sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib);
  });
  return (
    <Dialog open title="Keyboard shortcuts" description="Single keys work when you are not typing in a field." onClose={onClose} size="lg" testId="shortcuts-help">
      <div className="help-grid">
        {names.map((name) => (
          <section key={name} className="help-group" aria-label={name}>
            <h3 className="help-group-title">{name}</h3>
            <dl className="help-list">
              {groups.get(name)!.map((shortcut) => (
                <div className="help-row" key={`${shortcut.keys}-${shortcut.description}`}>
                  <dt>{shortcut.description}</dt>
                  <dd>
                    <Kbd combo={shortcut.keys!} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
