import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { usePatchTask } from './api';
import type { Task } from './types';

/**
 * Marks a task done or reopens it, as a list or the task's drawer showed it, and says how that
 * went: done, reopened, or changed by someone else meanwhile (409; the lists are read again).
 */
export function useTaskDone() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const patch = usePatchTask();

  const toggle = (task: Task, done: boolean) =>
    patch.mutate(
      { task, patch: { done } },
      {
        onSuccess: (changed) =>
          void message.success({
            key: `task-${task.id}`,
            content: t(changed.done ? 'tasks.markedDone' : 'tasks.reopened', { title: task.title }),
          }),
        onError: (error) => {
          const stale = error instanceof ProblemError && error.status === 409;
          void message.warning({
            key: `task-${task.id}`,
            content: stale ? t('tasks.stale') : error.message,
            duration: 8,
          });
        },
      },
    );

  /** Whether a change of this task is on its way. */
  const pendingFor = (task: Task) => patch.isPending && patch.variables?.task.id === task.id;

  return { toggle, pendingFor };
}
