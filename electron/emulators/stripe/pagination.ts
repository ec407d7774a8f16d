// Stripe's cursor pagination for list endpoints: `limit` (1–100, default 10), `starting_after` /
// `ending_before` (an object id; mutually exclusive), `created` as an exact unix time or a range
// `created[gt|gte|lt|lte]`; results newest first; `{ object: 'list', data, has_more, url }`.
import type { CreatedRange, ListQuery, SortedCollection, Stored } from './collection';
import { parameterInvalid, parametersExclusive, resourceMissing } from './errors';
import type { FormObject } from './form';
import type { ApiList } from './objects';
import { optionalInteger, optionalNonEmptyString, parseInteger } from './params';

export const LIST_PARAMS = ['limit', 'starting_after', 'ending_before', 'expand'] as const;

export function parseCreatedFilter(params: FormObject, name = 'created'): CreatedRange | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') {
    const exact = parseInteger(value, name);
    return { gte: exact, lte: exact };
  }
  if (Array.isArray(value)) throw parameterInvalid(name, `Invalid ${name}: must be an integer or a hash with gt, gte, lt or lte`);
  const range: CreatedRange = {};
  for (const [key, raw] of Object.entries(value)) {
    if (key !== 'gt' && key !== 'gte' && key !== 'lt' && key !== 'lte') {
      throw parameterInvalid(`${name}[${key}]`, `Received unknown parameter: ${name}[${key}]`, 'parameter_unknown');
    }
    if (typeof raw !== 'string') throw parameterInvalid(`${name}[${key}]`, `Invalid integer: ${JSON.stringify(raw)}`, 'parameter_invalid_integer');
    range[key] = parseInteger(raw, `${name}[${key}]`);
  }
  return range;
}

export interface ListOptions<T extends Stored> {
  collection: SortedCollection<T>;
  /** Noun for "No such …" errors on a bad cursor. */
  noun: string;
  url: string;
  owner: string;
  params: FormObject;
  where?: Record<string, string>;
  filter?: (obj: T) => boolean;
  render?: (obj: T) => T;
}

export function listObjects<T extends Stored>(options: ListOptions<T>): ApiList<T> {
  const { params, collection } = options;
  const limit = optionalInteger(params, 'limit', 1, 100) ?? 10;
  const startingAfter = optionalNonEmptyString(params, 'starting_after');
  const endingBefore = optionalNonEmptyString(params, 'ending_before');
  if (startingAfter !== undefined && endingBefore !== undefined) throw parametersExclusive(['ending_before', 'starting_after']);
  const cursor = (id: string | undefined, param: string) => {
    if (id === undefined) return undefined;
    const entry = collection.entry(id);
    if (!entry || entry.owner !== options.owner) throw resourceMissing(options.noun, id, param);
    return entry;
  };
  const query: ListQuery<T> = {
    owner: options.owner,
    limit,
    startingAfter: cursor(startingAfter, 'starting_after'),
    endingBefore: cursor(endingBefore, 'ending_before'),
  };
  const created = parseCreatedFilter(params);
  if (created) query.created = created;
  if (options.where) query.where = options.where;
  if (options.filter) query.filter = options.filter;
  const page = collection.list(query);
  const render = options.render;
  return {
    object: 'list',
    data: render ? page.data.map(render) : page.data,
    has_more: page.hasMore,
    url: options.url,
  };
}
