// Writes prisma/generated/datamodel.json: the schema's models, fields and enums as Prisma's
// DMMF describes them, trimmed to what the console uses at run time (the data explorer, PII
// masking from `/// @sensitive(...)` annotations) and what the schema-vs-database test checks.
// The generated client only carries a thin runtime data model (no nullability, no native
// types, no relations), so this file is produced next to it on every `prisma generate`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import internals from '@prisma/internals';

const schemaDir = join(process.cwd(), 'prisma', 'schema');
const files = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.prisma'))
  .sort()
  .map((name) => [join('prisma', 'schema', name), readFileSync(join(schemaDir, name), 'utf8')]);

const dmmf = await internals.getDMMF({ datamodel: files });

const pick = (object, keys) => Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));

const models = dmmf.datamodel.models.map((model) => ({
  name: model.name,
  dbName: model.dbName ?? model.name,
  documentation: model.documentation ?? null,
  primaryKey: model.primaryKey ?? null,
  uniqueFields: model.uniqueFields,
  fields: model.fields.map((field) => ({
    ...pick(field, [
      'name',
      'kind',
      'type',
      'isList',
      'isRequired',
      'isId',
      'isUnique',
      'isUpdatedAt',
      'hasDefaultValue',
      'relationName',
      'relationFromFields',
      'relationToFields',
      'relationOnDelete',
      'nativeType',
    ]),
    dbName: field.dbName ?? field.name,
    documentation: field.documentation ?? null,
    default: field.hasDefaultValue ? field.default : undefined,
  })),
}));

const enums = dmmf.datamodel.enums.map((e) => ({
  name: e.name,
  dbName: e.dbName ?? e.name,
  values: e.values.map((v) => ({ name: v.name, dbName: v.dbName ?? v.name })),
}));

const out = join(process.cwd(), 'prisma', 'generated', 'datamodel.json');
writeFileSync(out, JSON.stringify({ models, enums }, null, 1) + '\n');
console.log(`[datamodel] ${models.length} models, ${enums.length} enums → prisma/generated/datamodel.json`);
