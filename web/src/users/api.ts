import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, send } from '../api/client';
import type { User, UserInput, UserPatch } from '../api/types';
import { auditKeys } from '../audit/keys';
import type { ApiUserQuery } from './userListQuery';

const userKeys = {
  all: ['users'] as const,
  list: (query: ApiUserQuery) => ['users', 'list', query] as const,
};

export function useUserList(query: ApiUserQuery) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: async ({ signal }) => (await send(api.GET('/api/v1/users', { params: { query }, signal }))).data,
    placeholderData: keepPreviousData,
  });
}

function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: userKeys.all });
    void client.invalidateQueries({ queryKey: auditKeys.all });
  };
}

/** Answers the new user and its one-time password, which the server shows only this once. */
export function useCreateUser() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (input: UserInput) => (await send(api.POST('/api/v1/users', { body: input }))).data,
    onSuccess: refresh,
  });
}

export function usePatchUser() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ user, patch }: { user: User; patch: UserPatch }) =>
      (
        await send(
          api.PATCH('/api/v1/users/{id}', {
            params: { path: { id: user.id }, header: { 'If-Match': `"${user.version}"` } },
            body: patch,
          }),
        )
      ).data,
    onSettled: refresh, // after a 409 too: the list must show the newer version
  });
}

export function useResetPassword() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (user: User) =>
      (await send(api.POST('/api/v1/users/{id}/password', { params: { path: { id: user.id } } }))).data,
    onSuccess: refresh,
  });
}
