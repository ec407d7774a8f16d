// Prisma's schema engine compiled to WebAssembly, driven directly. Prisma's CLI insists on
// downloading the native engine before `migrate diff`; the WASM build ships inside
// node_modules and produces the same SQL offline. Only `diff` between two datamodels is
// used: diffs that read a live database fail in the WASM build on Postgres catalog types.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

export type SchemaFile = { path: string; content: string };

// The slice of the WebAssembly API used here (lib ES2023 without DOM does not declare it).
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: Record<string, Record<string, unknown>>): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

interface WasmSchemaEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
}

async function loadEngine(files: SchemaFile[], databaseUrl: string): Promise<WasmSchemaEngine> {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@prisma/schema-engine-wasm'));
  // The package targets bundlers (`import wasm from "*.wasm"`); instantiate it by hand.
  const bindings = (await import(pathToFileURL(join(pkgDir, 'schema_engine_bg.js')).href)) as Record<string, unknown> & {
    __wbg_set_wasm(exports: Record<string, unknown>): void;
    SchemaEngine: { new: (options: unknown, log: (line: string) => void, adapter: unknown) => Promise<WasmSchemaEngine> };
  };
  const { instance } = await WebAssembly.instantiate(readFileSync(join(pkgDir, 'schema_engine_bg.wasm')), {
    './schema_engine_bg.js': bindings,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  // A datamodel-to-datamodel diff reads no tables, but the engine connects when it starts.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  return bindings.SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {}, adapter);
}

/** SQL that takes a database from the `from` datamodel (or nothing) to the `to` datamodel. */
export async function diffDatamodels(from: SchemaFile[] | 'empty', to: SchemaFile[], databaseUrl: string): Promise<string> {
  const engine = await loadEngine(to, databaseUrl);
  const target = (files: SchemaFile[]) => ({ tag: 'schemaDatamodel', files });
  const result = await engine.diff({
    from: from === 'empty' ? { tag: 'empty' } : target(from),
    to: target(to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? '';
}
