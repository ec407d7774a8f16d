// Objects as the API shows them at read time: the stored version plus what is derived on every
// read (a transfer's embedded reversals, a payout's status against the clock).
import type { ObjectKind, ObjectOfKind } from './objects';
import { renderPayout } from './resources/payouts';
import { renderTransfer } from './resources/transfers';
import type { EmulatorState } from './state';

export function renderObject(state: EmulatorState, kind: ObjectKind, obj: ObjectOfKind[ObjectKind]): object {
  switch (kind) {
    case 'transfer':
      return renderTransfer(state, obj as ObjectOfKind['transfer']);
    case 'payout':
      return renderPayout(state, obj as ObjectOfKind['payout']);
    default:
      return obj;
  }
}

/** Any object by id, rendered; undefined when the emulator has no such object. */
export function renderById(state: EmulatorState, id: string): object | undefined {
  const found = state.lookup(id);
  return found ? renderObject(state, found.kind, found.obj) : undefined;
}
