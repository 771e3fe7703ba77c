import { Checkbox, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useCountryNames } from '../organisations/useCountryNames';
import { dueState, mayChangeTask, taskAnchor, type DueState } from './tasks';
import { localDay } from './timeline';
import type { Task } from './types';
import { useTaskDone } from './useTaskDone';

const DUE_TAGS: Partial<Record<DueState, string>> = { overdue: 'red', today: 'orange', soon: 'gold' };

interface Props {
  tasks: readonly Task[];
  loading: boolean;
  emptyText: ReactNode;
  /** Leaves out the activity column: the tasks of one activity. */
  ofActivity?: boolean;
  /** Shows when each was done: a list that holds done tasks. */
  doneColumn?: boolean;
  /** The task a notification led to, marked out. */
  highlighted?: number;
  /** Where a task's title leads (the task on its own); none: the title is plain text. */
  linkOf?: (task: Task) => string;
}

/** Follow-up tasks: done or not (a click marks it), what, due when, for whom, after which activity. */
export function TaskTable({
  tasks,
  loading,
  emptyText,
  ofActivity = false,
  doneColumn = true,
  highlighted,
  linkOf,
}: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useAuth();
  const countries = useCountryNames();
  const { toggle, pendingFor } = useTaskDone();
  const today = localDay();

  const columns: ColumnsType<Task> = [
    {
      key: 'done',
      width: 48,
      title: <span className="visually-hidden">{t('tasks.fields.done')}</span>,
      render: (_, task) => (
        <Checkbox
          checked={task.done}
          disabled={!mayChangeTask(task, me) || pendingFor(task)}
          aria-label={t(task.done ? 'tasks.reopen' : 'tasks.markDone', { title: task.title })}
          onChange={(event) => toggle(task, event.target.checked)}
        />
      ),
    },
    {
      key: 'title',
      title: t('tasks.fields.title'),
      render: (_, task) => (
        <div className={task.done ? 'task-title task-title-done' : 'task-title'}>
          <span>
            {linkOf ? (
              <Link to={linkOf(task)} className="task-title-link">
                {task.title}
              </Link>
            ) : (
              task.title
            )}
          </span>
          {!ofActivity && task.activity_id && (
            <Link to={`/activities/${task.activity_id}`} className="task-activity">
              {task.activity_subject ?? t('activities.number', { id: task.activity_id })}
            </Link>
          )}
        </div>
      ),
    },
    {
      key: 'due_on',
      title: t('tasks.fields.dueOn'),
      render: (_, task) => {
        const state = dueState(task, today);
        const color = DUE_TAGS[state];
        return (
          <span className="nowrap task-due">
            {formatDate(task.due_on, language)}
            {color && (
              <Tag color={color} bordered={false} className="task-due-tag" data-due={state}>
                {t(`tasks.due.${state as 'overdue' | 'today' | 'soon'}`)}
              </Tag>
            )}
          </span>
        );
      },
    },
    {
      key: 'assignee',
      title: t('tasks.fields.assignee'),
      responsive: ['md'],
      render: (_, task) => task.assignee.display_name,
    },
    {
      key: 'country',
      title: t('tasks.fields.country'),
      // The tasks of one activity are of its first country.
      hidden: ofActivity,
      responsive: ['lg'],
      render: (_, task) =>
        task.country ? countries.nameOf(task.country) : <Typography.Text type="secondary">—</Typography.Text>,
    },
    ...(doneColumn
      ? [
          {
            key: 'done_at',
            title: t('tasks.fields.doneAt'),
            responsive: ['lg'],
            render: (_: unknown, task: Task) =>
              task.done_at ? (
                <span className="nowrap">{formatDateTime(task.done_at, language)}</span>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          } satisfies ColumnsType<Task>[number],
        ]
      : []),
  ];

  return (
    <Table<Task>
      className="task-table"
      data-testid="task-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks as Task[]}
      loading={loading}
      pagination={false}
      scroll={{ x: 640 }}
      onRow={(task) =>
        ({ id: taskAnchor(task.id), 'data-task': task.id }) as React.HTMLAttributes<HTMLElement>
      }
      rowClassName={(task) =>
        [`task-row-${dueState(task, today)}`, task.id === highlighted ? 'task-row-highlighted' : ''].join(' ')
      }
      locale={{ emptyText }}
    />
  );
}
