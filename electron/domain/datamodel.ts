// The data model as the Prisma schema describes it (prisma/generated/datamodel.json, written
// by `npm run generate`): tables, columns, relations and the `/// @sensitive(...)` and
// `/// @partitioned(...)` annotations. Read by PII masking, the audit scrubber, partition
// maintenance and the data explorer: nothing keeps a hand-written list of tables.
import datamodelJson from '../../prisma/generated/datamodel.json';

export interface DatamodelField {
  name: string;
  dbName: string;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  relationName?: string | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  nativeType?: [string, string[]] | null;
  documentation: string | null;
  default?: unknown;
}

export interface DatamodelModel {
  name: string;
  dbName: string;
  documentation: string | null;
  primaryKey: { name: string | null; fields: string[] } | null;
  uniqueFields: string[][];
  fields: DatamodelField[];
}

export interface DatamodelEnum {
  name: string;
  dbName: string;
  values: { name: string; dbName: string }[];
}

export interface Datamodel {
  models: DatamodelModel[];
  enums: DatamodelEnum[];
}

export const datamodel = datamodelJson as unknown as Datamodel;

export type Sensitivity = 'secret' | 'pii' | null;

export function sensitivityOf(field: Pick<DatamodelField, 'documentation'>): Sensitivity {
  const match = /@sensitive\((secret|pii)\)/.exec(field.documentation ?? '');
  return (match?.[1] as Sensitivity) ?? null;
}

export function partitioningOf(model: Pick<DatamodelModel, 'documentation'>): { column: string; interval: 'day' | 'month' } | null {
  const match = /@partitioned\((\w+),\s*(day|month)\)/.exec(model.documentation ?? '');
  return match ? { column: match[1]!, interval: match[2] as 'day' | 'month' } : null;
}

/** Prisma field names (camelCase) of every `@sensitive(secret)` field, across all models. */
export function secretFieldNames(): Set<string> {
  return new Set(datamodel.models.flatMap((m) => m.fields.filter((f) => sensitivityOf(f) === 'secret').map((f) => f.name)));
}
