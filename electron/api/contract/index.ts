// The whole API contract: every procedure the console offers, by name. Transports, the
// permission matrix test and the renderer's client all read this one object.
import { systemProcedures } from './system';
import { usersProcedures } from './users';
import { auditProcedures } from './audit';
import { connectionsProcedures } from './connections';
import type { z } from 'zod';

export const procedures = {
  ...systemProcedures,
  ...usersProcedures,
  ...auditProcedures,
  ...connectionsProcedures,
};

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type InputOf<N extends ProcedureName> = z.input<Procedures[N]['input']>;
export type ParsedInputOf<N extends ProcedureName> = z.output<Procedures[N]['input']>;
export type OutputOf<N extends ProcedureName> = Procedures[N]['output'];

export const PROCEDURE_NAMES = Object.keys(procedures) as ProcedureName[];
export const isProcedureName = (name: unknown): name is ProcedureName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(procedures, name);

/** Procedures a locked session may still call. */
export const ALLOWED_WHILE_LOCKED: ReadonlySet<ProcedureName> = new Set<ProcedureName>([
  'system.status',
  'auth.unlock',
  'auth.signOut',
]);

export * from './errors';
export * from './permissions';
export type * from './common';
