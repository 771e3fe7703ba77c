import type { Me } from '../api/types';
import { can } from '../auth/permissions';
import { daysBetween } from './timeline';
import type { Task } from './types';

/** Days ahead within which an open task counts as due soon, as the server's notifications count. */
export const DUE_SOON_DAYS = 3;

/** How a task stands against its due day: done, past it, due today, within three days, or later. */
export type DueState = 'done' | 'overdue' | 'today' | 'soon' | 'later';

export function dueState(task: Pick<Task, 'done' | 'due_on'>, today: string): DueState {
  if (task.done) return 'done';
  const days = daysBetween(today, task.due_on);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return days <= DUE_SOON_DAYS ? 'soon' : 'later';
}

/** The anchor of a task's row on the tasks page: where the page brings a task it was led to. */
export function taskAnchor(id: number): string {
  return `task-${id}`;
}

/** Whether the reader may change a task: its assignee, its creator, or staff of its country. */
export function mayChangeTask(
  task: Pick<Task, 'assignee_id' | 'created_by' | 'country'>,
  me: Me | null,
): boolean {
  if (!me || !can(me, 'activity.update')) return false;
  if (task.assignee_id === me.user.id || task.created_by?.id === me.user.id) return true;
  if (me.scopes['activity.update'] === 'all') return true;
  return task.country !== null && can(me, 'activity.update', { country: task.country });
}
