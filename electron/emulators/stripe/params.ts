// Reading and validating request parameters (already parsed from the form encoding). Every failure
// is a parameter error: 400, never saved for idempotency (Stripe saves nothing when parameters
// fail validation).
import {
  integerAboveMaximum,
  integerBelowMinimum,
  parameterInvalid,
  parameterInvalidInteger,
  parameterMissing,
  parameterUnknown,
} from './errors';
import type { FormObject, FormValue } from './form';
import type { Metadata } from './objects';

/** Rejects parameters the endpoint does not take ("Received unknown parameter: x"), as Stripe does. */
export function checkKnown(params: FormObject, allowed: readonly string[]): void {
  for (const name of Object.keys(params)) {
    if (!allowed.includes(name)) throw parameterUnknown(name);
  }
}

function describe(value: FormValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function optionalString(params: FormObject, name: string, maxLength = 5000): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw parameterInvalid(name, `Invalid string: ${describe(value)}`);
  if (value.length > maxLength) {
    throw parameterInvalid(name, `Invalid string: ${value.slice(0, 20)}...; must be at most ${maxLength} characters`);
  }
  return value;
}

/** An optional string where '' means "not given" (Stripe treats empty values as unset). */
export function optionalNonEmptyString(params: FormObject, name: string, maxLength = 5000): string | undefined {
  const value = optionalString(params, name, maxLength);
  return value === '' ? undefined : value;
}

export function requiredString(params: FormObject, name: string, maxLength = 5000): string {
  const value = optionalNonEmptyString(params, name, maxLength);
  if (value === undefined) throw parameterMissing(name);
  return value;
}

const INTEGER = /^-?[0-9]+$/;

export function parseInteger(raw: string, name: string, min?: number, max?: number): number {
  if (!INTEGER.test(raw.trim())) throw parameterInvalidInteger(name, raw);
  const value = Number(raw.trim());
  if (!Number.isSafeInteger(value)) throw parameterInvalidInteger(name, raw);
  if (min !== undefined && value < min) throw integerBelowMinimum(name, min);
  if (max !== undefined && value > max) throw integerAboveMaximum(name, max);
  return value;
}

export function optionalInteger(params: FormObject, name: string, min?: number, max?: number): number | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw parameterInvalidInteger(name, describe(value));
  return parseInteger(value, name, min, max);
}

export function requiredInteger(params: FormObject, name: string, min?: number, max?: number): number {
  const value = optionalInteger(params, name, min, max);
  if (value === undefined) throw parameterMissing(name);
  return value;
}

export function optionalBoolean(params: FormObject, name: string): boolean | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw parameterInvalid(name, `Invalid boolean: ${describe(value)}`, 'parameter_invalid_boolean');
}

export function optionalEnum<T extends string>(params: FormObject, name: string, values: readonly T[]): T | undefined {
  const value = optionalNonEmptyString(params, name);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    const list = values.length > 1 ? `${values.slice(0, -1).join(', ')}, or ${values[values.length - 1]}` : values.join('');
    throw parameterInvalid(name, `Invalid ${name}: must be one of ${list}`);
  }
  return value as T;
}

const CURRENCY = /^[a-z]{3}$/;

export function optionalCurrency(params: FormObject, name = 'currency'): string | undefined {
  const value = optionalNonEmptyString(params, name);
  if (value === undefined) return undefined;
  const currency = value.toLowerCase();
  if (!CURRENCY.test(currency)) throw parameterInvalid(name, `Invalid currency: ${value}.`);
  return currency;
}

export function requiredCurrency(params: FormObject, name = 'currency'): string {
  const value = optionalCurrency(params, name);
  if (value === undefined) throw parameterMissing(name);
  return value;
}

export type MetadataUpdate = { kind: 'none' } | { kind: 'clear' } | { kind: 'merge'; set: Metadata; unset: string[] };

/**
 * `metadata[key]=value` (≤ 50 keys, keys ≤ 40 characters, values ≤ 500); `metadata[key]=` unsets
 * one key and `metadata=` unsets them all, as on Stripe.
 */
export function metadataUpdate(params: FormObject, name = 'metadata'): MetadataUpdate {
  const value = params[name];
  if (value === undefined) return { kind: 'none' };
  if (value === '') return { kind: 'clear' };
  if (typeof value === 'string' || Array.isArray(value)) {
    throw parameterInvalid(name, `Invalid hash: ${name} must be a set of key-value pairs`, 'parameter_invalid_string');
  }
  const set: Metadata = {};
  const unset: string[] = [];
  const keys = Object.keys(value);
  if (keys.length > 50) throw parameterInvalid(name, 'Invalid metadata: metadata can have up to 50 keys');
  for (const key of keys) {
    const item = value[key] as FormValue;
    if (typeof item !== 'string') throw parameterInvalid(`${name}[${key}]`, `Invalid string: ${describe(item)}`);
    if (key.length > 40) throw parameterInvalid(`${name}[${key}]`, 'Invalid metadata: metadata keys must be at most 40 characters long');
    if (item.length > 500) throw parameterInvalid(`${name}[${key}]`, 'Invalid metadata: metadata values must be at most 500 characters long');
    if (item === '') unset.push(key);
    else set[key] = item;
  }
  return { kind: 'merge', set, unset };
}

export function applyMetadata(current: Metadata, update: MetadataUpdate): Metadata {
  switch (update.kind) {
    case 'none':
      return current;
    case 'clear':
      return {};
    case 'merge': {
      const next: Metadata = { ...current, ...update.set };
      for (const key of update.unset) delete next[key];
      return next;
    }
  }
}

/** `expand[]` / `expand[0]` → list of dotted paths. */
export function expandPaths(params: FormObject): string[] {
  const value = params.expand;
  if (value === undefined || value === '') return [];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) throw parameterInvalid('expand', 'Invalid array');
  return value.map((item, index) => {
    if (typeof item !== 'string') throw parameterInvalid(`expand[${index}]`, `Invalid string: ${describe(item)}`);
    return item;
  });
}

/** Array of strings (`payment_method_types[]=card`). */
export function optionalStringArray(params: FormObject, name: string): string[] | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) throw parameterInvalid(name, 'Invalid array');
  return value.map((item, index) => {
    if (typeof item !== 'string') throw parameterInvalid(`${name}[${index}]`, `Invalid string: ${describe(item)}`);
    return item;
  });
}

/** A nested hash parameter (`business_profile[name]=…`), or undefined. */
export function optionalHash(params: FormObject, name: string): FormObject | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' || Array.isArray(value)) throw parameterInvalid(name, `Invalid hash: ${describe(value)}`);
  return value;
}
