// The audit filters live in the URL (#/audit?actorId=…&action=…), so a link from a toast or a
// user page lands on exactly those rows, and back/forward walk through searches.
export interface AuditFilterValues {
  actorId: string;
  action: string;
  targetId: string;
  tableName: string;
  from: string;
  to: string;
}

export const FILTER_KEYS = ['actorId', 'action', 'targetId', 'tableName', 'from', 'to'] as const;

export function filtersFromQuery(query: URLSearchParams): AuditFilterValues {
  return {
    actorId: query.get('actorId') ?? '',
    action: query.get('action') ?? '',
    targetId: query.get('targetId') ?? '',
    tableName: query.get('tableName') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
}

/** The API input: only the filters that are set. */
export function toInput(filters: AuditFilterValues): Partial<AuditFilterValues> {
  const input: Partial<AuditFilterValues> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) input[key] = value;
  }
  return input;
}

export const activeCount = (filters: AuditFilterValues): number => FILTER_KEYS.filter((key) => filters[key].trim()).length;
