// application/x-www-form-urlencoded with Stripe's (Rack's) bracket notation, for request bodies
// and query strings alike:
//
//   metadata[key]=v            → { metadata: { key: 'v' } }
//   expand[]=a&expand[]=b      → { expand: ['a', 'b'] }
//   expand[0]=a&expand[1]=b    → { expand: ['a', 'b'] }            (what stripe-node sends)
//   items[0][price]=p&items[0][quantity]=2 → { items: [{ price: 'p', quantity: '2' }] }
//   created[gte]=1700000000    → { created: { gte: '1700000000' } }
//
// Values stay strings; each endpoint coerces and validates its own parameters. Parameters named in
// `hashKeys` (metadata by default) always hold an object, so `metadata[0]=x` is the key "0" rather
// than an array. Conflicting shapes (`a=1&a[b]=2`) are a parse error, as they are for Stripe.

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export class FormParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormParseError';
  }
}

export interface ParseFormOptions {
  /** Top-level parameters whose children are always object keys (free-form hashes). */
  hashKeys?: ReadonlySet<string>;
}

export const DEFAULT_HASH_KEYS: ReadonlySet<string> = new Set(['metadata']);

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
const INDEX = /^(0|[1-9][0-9]{0,5})$/;

/** Percent-decoding with `+` as space, as HTML forms (and stripe-node's encoder) use it. */
function decodeComponent(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    throw new FormParseError(`Invalid percent-encoding in "${raw}"`);
  }
}

/** `a[b][]` → ['a', 'b', '']. */
export function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open === -1) {
    if (key.includes(']')) throw new FormParseError(`Invalid parameter name "${key}"`);
    return [key];
  }
  const segments = [key.slice(0, open)];
  let at = open;
  while (at < key.length) {
    if (key[at] !== '[') throw new FormParseError(`Invalid parameter name "${key}"`);
    const close = key.indexOf(']', at);
    if (close === -1) throw new FormParseError(`Invalid parameter name "${key}"`);
    const segment = key.slice(at + 1, close);
    if (segment.includes('[')) throw new FormParseError(`Invalid parameter name "${key}"`);
    segments.push(segment);
    at = close + 1;
  }
  return segments;
}

function isContainer(value: FormValue | undefined): value is FormValue[] | FormObject {
  return typeof value === 'object';
}

function own(container: FormObject, key: string): FormValue | undefined {
  return Object.hasOwn(container, key) ? container[key] : undefined;
}

function assign(root: FormObject, segments: string[], value: string, hashKeys: ReadonlySet<string>, fullKey: string): void {
  const [name] = segments;
  if (name === undefined || name === '') throw new FormParseError(`Invalid parameter name "${fullKey}"`);
  for (const segment of segments) {
    if (FORBIDDEN_KEYS.has(segment)) throw new FormParseError(`Invalid parameter name "${fullKey}"`);
  }
  const conflict = (): FormParseError => new FormParseError(`Conflicting values for parameter "${fullKey}"`);

  let current: FormObject | FormValue[] = root;
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] as string;
    const last = i === segments.length - 1;
    const next = segments[i + 1];
    // The container a non-final segment leads to: an array when the next segment is `[]` or an
    // index, except beneath a free-form hash (metadata), whose keys are always strings.
    const wantsArray = !last && (next === '' || (next !== undefined && INDEX.test(next))) && !hashKeys.has(name);
    const fresh = (): FormValue[] | FormObject => (wantsArray ? [] : {});

    if (Array.isArray(current)) {
      if (segment === '') {
        if (last) {
          current.push(value);
          return;
        }
        // Rack: `a[][x]=1&a[][y]=2` fills the same element until a key repeats.
        const tail: FormValue | undefined = current[current.length - 1];
        const nextKey = next as string;
        if (!wantsArray && tail !== undefined && isContainer(tail) && !Array.isArray(tail) && own(tail, nextKey) === undefined) {
          current = tail;
        } else {
          const child = fresh();
          current.push(child);
          current = child;
        }
        continue;
      }
      if (!INDEX.test(segment)) throw conflict();
      const index = Number(segment);
      const existing: FormValue | undefined = current[index];
      if (last) {
        if (isContainer(existing)) throw conflict();
        current[index] = value;
        return;
      }
      if (existing === undefined) {
        const child = fresh();
        current[index] = child;
        current = child;
      } else if (!isContainer(existing) || Array.isArray(existing) !== wantsArray) {
        throw conflict();
      } else {
        current = existing;
      }
      continue;
    }

    // current is an object
    if (segment === '') throw conflict();
    const existing = own(current, segment);
    if (last) {
      if (isContainer(existing)) throw conflict();
      current[segment] = value;
      return;
    }
    if (existing === undefined) {
      const child = fresh();
      current[segment] = child;
      current = child;
    } else if (!isContainer(existing)) {
      throw conflict();
    } else if (Array.isArray(existing) && !wantsArray) {
      throw conflict();
    } else {
      // An object may go on receiving numeric keys (it was first used as a hash).
      current = existing;
    }
  }
}

/** Drops the holes that sparse indexes leave (`a[0]=x&a[5]=y` → ['x', 'y']). */
function compact(value: FormValue): FormValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const out: FormValue[] = [];
    value.forEach((item) => out.push(compact(item)));
    return out;
  }
  const out: FormObject = {};
  for (const [key, item] of Object.entries(value)) out[key] = compact(item);
  return out;
}

/** Parses a form-encoded string (body or query string, without the leading `?`). */
export function parseForm(input: string, options: ParseFormOptions = {}): FormObject {
  const hashKeys = options.hashKeys ?? DEFAULT_HASH_KEYS;
  const root: FormObject = {};
  if (input === '') return root;
  for (const pair of input.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = decodeComponent(rawKey);
    assign(root, splitKey(key), decodeComponent(rawValue), hashKeys, key);
  }
  return compact(root) as FormObject;
}

/**
 * A canonical JSON rendering: object keys sorted, array order kept. Two requests carry the same
 * parameters exactly when their canonical forms are equal, whatever order the fields were sent in.
 */
export function canonicalize(value: FormValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalize(value[key] as FormValue)}`).join(',')}}`;
}
