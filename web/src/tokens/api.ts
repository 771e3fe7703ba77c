import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, send, sendEmpty } from '../api/client';
import type { operations } from '../api/schema';
import type { ApiToken, TokenInput } from '../api/types';
import { auditKeys } from '../audit/keys';

export type ApiTokenQuery = NonNullable<operations['listTokens']['parameters']['query']>;

const tokenKeys = {
  all: ['tokens'] as const,
  list: (query: ApiTokenQuery) => ['tokens', 'list', query] as const,
};

export function useTokenList(query: ApiTokenQuery) {
  return useQuery({
    queryKey: tokenKeys.list(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/tokens', { params: { query }, signal }))).data,
    placeholderData: keepPreviousData,
  });
}

function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: tokenKeys.all });
    void client.invalidateQueries({ queryKey: auditKeys.all });
  };
}

/** Answers the token and its secret, which the server shows only this once. */
export function useCreateToken() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (input: TokenInput) => (await send(api.POST('/api/v1/tokens', { body: input }))).data,
    onSuccess: refresh,
  });
}

export function useRevokeToken() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (token: ApiToken) =>
      sendEmpty(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id: token.id } } })),
    onSuccess: refresh,
  });
}
