import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, entityTag, send } from '../api/client';
import { atCursor, cursorPages } from '../app/cursorPages';
import { auditKeys } from '../audit/keys';
import type {
  Activity,
  ActivityFields,
  ActivityPatch,
  ApiActivityQuery,
  ApiTaskQuery,
  Task,
  TaskFields,
  TaskPatch,
} from './types';

export const activityKeys = {
  all: ['activities'] as const,
  timeline: (query: ApiActivityQuery) => ['activities', 'timeline', query] as const,
  one: (id: number) => ['activities', 'one', id] as const,
};

export const taskKeys = {
  all: ['tasks'] as const,
  list: (query: ApiTaskQuery) => ['tasks', 'list', query] as const,
  one: (id: number) => ['tasks', 'one', id] as const,
};

export const notificationKeys = { all: ['notifications'] as const };

/** How often the header's bell asks again; it also asks when the window regains the focus. */
const NOTIFICATIONS_EVERY_MS = 60_000;

/** Activities newest first, a page at a time ("show more"): `query` holds the filters and the page size. */
export function useActivityTimeline(
  query: Omit<ApiActivityQuery, 'cursor'>,
  options: { enabled?: boolean } = {},
) {
  return useInfiniteQuery({
    queryKey: activityKeys.timeline(query),
    ...cursorPages(
      async (cursor, signal) =>
        (await send(api.GET('/api/v1/activities', { params: { query: atCursor(query, cursor) }, signal })))
          .data,
    ),
    enabled: options.enabled ?? true,
  });
}

/** An activity together with the entity tag a change of it must send back. */
export interface ActivityRecord {
  activity: Activity;
  etag: string;
}

function toRecord({ data, response }: { data: Activity; response: Response }): ActivityRecord {
  return { activity: data, etag: entityTag(response, data.version) };
}

export function useActivity(id: number) {
  return useQuery({
    queryKey: activityKeys.one(id),
    queryFn: async ({ signal }) =>
      toRecord(await send(api.GET('/api/v1/activities/{id}', { params: { path: { id } }, signal }))),
    enabled: Number.isSafeInteger(id) && id > 0,
  });
}

/**
 * After a write: the timelines, the records, the tasks and the bell are read again (a task's
 * activity counts its open tasks; the bell lists what is due), and the audit trail.
 */
function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: auditKeys.all });
    void client.invalidateQueries({ queryKey: notificationKeys.all });
    void client.invalidateQueries({ queryKey: taskKeys.all });
    return client.invalidateQueries({ queryKey: activityKeys.all });
  };
}

export function useCreateActivity() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (fields: ActivityFields) =>
      toRecord(await send(api.POST('/api/v1/activities', { body: fields }))),
    onSuccess: () => void refresh(),
  });
}

export function usePatchActivity() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ id, patch, etag }: { id: number; patch: ActivityPatch; etag: string }) =>
      toRecord(
        await send(
          api.PATCH('/api/v1/activities/{id}', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        ),
      ),
    onSuccess: () => void refresh(),
  });
}

/** Tasks, open ones first by due day, a page at a time ("show more"). */
export function useTasks(query: Omit<ApiTaskQuery, 'cursor'>) {
  return useInfiniteQuery({
    queryKey: taskKeys.list(query),
    ...cursorPages(
      async (cursor, signal) =>
        (await send(api.GET('/api/v1/tasks', { params: { query: atCursor(query, cursor) }, signal }))).data,
    ),
  });
}

/**
 * One task, as its assignee, HQ and staff of its country may read it (a 404 to anyone else).
 * Under `taskKeys.all`: every write reads it again.
 */
export function useTask(id: number | undefined) {
  return useQuery({
    queryKey: taskKeys.one(id ?? 0),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/tasks/{id}', { params: { path: { id: id ?? 0 } }, signal }))).data,
    enabled: id !== undefined && Number.isSafeInteger(id) && id > 0,
  });
}

export function useCreateTask() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (fields: TaskFields) => (await send(api.POST('/api/v1/tasks', { body: fields }))).data,
    onSuccess: () => void refresh(),
  });
}

/** Changes a task as a list showed it: `task.version` is what the list read, so a stale one is a 409. */
export function usePatchTask() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ task, patch }: { task: Task; patch: TaskPatch }) =>
      (
        await send(
          api.PATCH('/api/v1/tasks/{id}', {
            params: { path: { id: task.id }, header: { 'If-Match': `"${task.version}"` } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        )
      ).data,
    onSettled: () => void refresh(),
  });
}

/** What needs the reader: read every minute while the page is open, and when it regains the focus. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: async ({ signal }) => (await send(api.GET('/api/v1/notifications', { signal }))).data,
    refetchInterval: NOTIFICATIONS_EVERY_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}
