// TanStack Query over the typed client: query keys are [procedure, input], so a mutation
// invalidates by procedure name and every view of that data refreshes.
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiError, InputOf, OutputOf, ProcedureName } from '@contract/index';
import { call } from './client';

export function useApiQuery<N extends ProcedureName>(
  name: N,
  input: InputOf<N>,
  options: Omit<UseQueryOptions<OutputOf<N>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<N>, ApiError>({ queryKey: [name, input], queryFn: () => call(name, input), ...options });
}

export function useApiMutation<N extends ProcedureName>(
  name: N,
  options: { invalidates?: ProcedureName[]; onSuccess?: (data: OutputOf<N>, input: InputOf<N>) => void } = {},
) {
  const client = useQueryClient();
  return useMutation<OutputOf<N>, ApiError, InputOf<N>>({
    mutationFn: (input) => call(name, input),
    onSuccess: async (data, input) => {
      await Promise.all((options.invalidates ?? []).map((key) => client.invalidateQueries({ queryKey: [key] })));
      options.onSuccess?.(data, input);
    },
  });
}
