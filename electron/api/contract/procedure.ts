// The shape of one API procedure, shared by the main process (which implements it) and the
// renderer (which calls it). This folder is pure TypeScript + zod: no Node, no DOM, no
// Prisma client, so both tsconfigs can compile it and the renderer can import it.
import type { z } from 'zod';
import type { Permission } from './permissions';

export type ProcedureKind = 'query' | 'mutation';

export interface ProcedureDefinition<Input extends z.ZodType, Output> {
  input: Input;
  /** Phantom: carries the output type only. */
  output: Output;
  kind: ProcedureKind;
  /** 'public' = callable before sign-in; 'session' = any signed-in staff member. */
  permission: Permission | 'public' | 'session';
  description: string;
}

type Spec<Input extends z.ZodType> = {
  input: Input;
  permission: ProcedureDefinition<Input, unknown>['permission'];
  description: string;
};

/** `query<Output>()({ input, permission, description })`: the output type is named, the input inferred. */
export const query =
  <Output>() =>
  <Input extends z.ZodType>(spec: Spec<Input>): ProcedureDefinition<Input, Output> => ({
    ...spec,
    kind: 'query',
    output: undefined as unknown as Output,
  });

export const mutation =
  <Output>() =>
  <Input extends z.ZodType>(spec: Spec<Input>): ProcedureDefinition<Input, Output> => ({
    ...spec,
    kind: 'mutation',
    output: undefined as unknown as Output,
  });
