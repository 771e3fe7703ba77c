import { countriesOf, dayOf, idOf } from '../app/listParams';
import type { ApiTaskQuery } from './types';

/**
 * The state of the tasks page, kept in the URL so that reload, back/forward and a shared link
 * show the same list: open or done, the reader's own or everyone's it may read, and the filters
 * that narrow it (countries, a due period).
 */
export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TaskFilters {
  /** The countries the tasks are of (their activity's first country). */
  countries: string[];
  /** The due period, as calendar days (YYYY-MM-DD), both ends included, either end open. */
  dueFrom: string | undefined;
  dueTo: string | undefined;
}

export interface TasksQuery extends TaskFilters {
  status: TaskStatus;
  /** Only the reader's own tasks: the page's default. */
  mine: boolean;
  /** The task shown on its own (a notification's link), if any. */
  task: number | undefined;
}

export const NO_TASK_FILTERS: TaskFilters = { countries: [], dueFrom: undefined, dueTo: undefined };

export const DEFAULT_TASKS_QUERY: TasksQuery = {
  status: 'open',
  mine: true,
  task: undefined,
  ...NO_TASK_FILTERS,
};

/** Reads the page's state from a query string; anything unknown or malformed falls back to the default. */
export function parseTasksQuery(params: URLSearchParams): TasksQuery {
  let dueFrom = dayOf(params.get('due_from'));
  let dueTo = dayOf(params.get('due_to'));
  // A period given backwards is still the same period (the API would refuse it).
  if (dueFrom && dueTo && dueFrom > dueTo) [dueFrom, dueTo] = [dueTo, dueFrom];
  return {
    status: params.get('status') === 'done' ? 'done' : 'open',
    mine: params.get('assignee') !== 'all',
    countries: countriesOf(params.get('country')),
    dueFrom,
    dueTo,
    task: idOf(params.get('task')),
  };
}

/** Writes the page's state as a query string, leaving out defaults to keep links short. */
export function toTasksSearch(query: TasksQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status !== 'open') params.set('status', query.status);
  if (!query.mine) params.set('assignee', 'all');
  if (query.countries.length > 0) params.set('country', query.countries.join(','));
  if (query.dueFrom) params.set('due_from', query.dueFrom);
  if (query.dueTo) params.set('due_to', query.dueTo);
  if (query.task !== undefined) params.set('task', String(query.task));
  return params;
}

/** Whether countries or a due period narrow the list (its status and owner are not filters). */
export function hasTaskFilters(filters: TaskFilters): boolean {
  return filters.countries.length > 0 || filters.dueFrom !== undefined || filters.dueTo !== undefined;
}

/** The parameters of GET /api/v1/tasks for this state, a page of `limit`. */
export function toTasksApiQuery(query: TasksQuery, limit: number): Omit<ApiTaskQuery, 'cursor'> {
  const api: Omit<ApiTaskQuery, 'cursor'> = { status: query.status, limit };
  if (query.mine) api.assignee = 'me';
  if (query.countries.length > 0) api.country = query.countries.join(',');
  if (query.dueFrom) api.due_from = query.dueFrom;
  if (query.dueTo) api.due_to = query.dueTo;
  return api;
}

/** The address of a task on its own: the tasks page, with the task open over the reader's list. */
export function taskLink(id: number): string {
  return `/tasks?${toTasksSearch({ ...DEFAULT_TASKS_QUERY, task: id }).toString()}`;
}
