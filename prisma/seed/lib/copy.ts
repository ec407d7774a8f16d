// COPY … FROM STDIN in PostgreSQL's text format, streamed from a generator with backpressure.
//
// Generators yield one encoded line per row (`row(...)` below builds it); the stream packs
// lines into ~256 KiB chunks and pulls the next ones only when the socket drains, so a table
// of any size is written in constant memory.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value of one column: null / undefined → NULL; arrays → Postgres array literals; objects → JSON. */
export type Cell = string | number | bigint | boolean | Date | null | undefined | readonly (string | number)[] | object;

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Escapes text for COPY's text format. */
export function esc(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

/** A Postgres array literal of text-like elements (every element quoted). */
export function arrayLiteral(items: readonly (string | number)[]): string {
  if (items.length === 0) return '{}';
  let out = '{';
  for (let i = 0; i < items.length; i++) {
    const item = String(items[i]);
    out += (i ? ',"' : '"') + (item.includes('"') || item.includes('\\') ? item.replace(/["\\]/g, (c) => `\\${c}`) : item) + '"';
  }
  return out + '}';
}

/** One column's text in COPY's text format. */
export function cell(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'string':
      return esc(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : '\\N';
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 't' : 'f';
    default:
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return esc(arrayLiteral(value));
      return esc(JSON.stringify(value));
  }
}

/** One row (a line, with its newline) in COPY's text format. */
export function row(...values: Cell[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i ? '\t' : '') + cell(values[i]!);
  return out + '\n';
}

const CHUNK = 256 * 1024;

/** A Readable over the lines of a generator, in chunks, honouring backpressure. */
export function linesStream(lines: Iterable<string>, onRow?: () => void): Readable {
  const iterator = lines[Symbol.iterator]();
  let done = false;
  return new Readable({
    highWaterMark: 4 * CHUNK,
    read() {
      if (done) return;
      try {
        for (;;) {
          let chunk = '';
          let count = 0;
          while (chunk.length < CHUNK) {
            const next = iterator.next();
            if (next.done) {
              done = true;
              break;
            }
            chunk += next.value;
            count++;
          }
          if (onRow) for (let i = 0; i < count; i++) onRow();
          const more = chunk.length ? this.push(chunk) : true;
          if (done) {
            this.push(null);
            return;
          }
          if (!more) return;
        }
      } catch (error) {
        this.destroy(error as Error);
      }
    },
  });
}

/** A Readable over binary COPY chunks: header, the generator's chunks, trailer. */
export function binaryStream(chunks: Iterable<Buffer>, header: Buffer, trailer: Buffer): Readable {
  const iterator = chunks[Symbol.iterator]();
  let started = false;
  let done = false;
  return new Readable({
    highWaterMark: 4 * CHUNK,
    read() {
      if (done) return;
      try {
        if (!started) {
          started = true;
          if (!this.push(header)) return;
        }
        for (;;) {
          const next = iterator.next();
          if (next.done) {
            done = true;
            this.push(trailer);
            this.push(null);
            return;
          }
          if (next.value.length && !this.push(next.value)) return;
        }
      } catch (error) {
        this.destroy(error as Error);
      }
    },
  });
}

export interface CopyOptions {
  /** COPY … WITH (FREEZE): only for a table created or truncated in the current transaction. */
  freeze?: boolean;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Streams `lines` into `table (columns)` with COPY FROM STDIN; resolves to the row count. */
export async function copyLines(client: pg.ClientBase, table: string, columns: readonly string[], lines: Iterable<string>, options: CopyOptions = {}): Promise<number> {
  const sql = `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN${options.freeze ? ' WITH (FREEZE)' : ''}`;
  const target = client.query(copyFrom(sql));
  await pipeline(linesStream(lines), target);
  return target.rowCount;
}

/** Streams binary COPY chunks (see BinaryRows) into `table (columns)`. */
export async function copyBinary(client: pg.ClientBase, table: string, columns: readonly string[], chunks: Iterable<Buffer>, header: Buffer, trailer: Buffer, options: CopyOptions = {}): Promise<number> {
  const sql = `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN WITH (FORMAT binary${options.freeze ? ', FREEZE' : ''})`;
  const target = client.query(copyFrom(sql));
  await pipeline(binaryStream(chunks, header, trailer), target);
  return target.rowCount;
}

/** Convenience for small tables: rows as arrays of cells. */
export async function copyRows(client: pg.ClientBase, table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<number> {
  function* lines() {
    for (const r of rows) yield row(...r);
  }
  return copyLines(client, table, columns, lines());
}
