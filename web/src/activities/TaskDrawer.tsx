import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Grid, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { Facts, Missing } from '../app/Facts';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useCountryNames } from '../organisations/useCountryNames';
import { useTask } from './api';
import { dueState, mayChangeTask } from './tasks';
import { localDay } from './timeline';
import type { Task } from './types';
import { useTaskDone } from './useTaskDone';

const DUE_TAGS = { overdue: 'red', today: 'orange', soon: 'gold' } as const;

/** The task's facts: where it stands, when it is due, whose it is, where it came from. */
function TaskFacts({ task }: { task: Task }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  const state = dueState(task, localDay());
  return (
    <Facts
      items={[
        {
          key: 'status',
          label: t('tasks.fields.status'),
          children: (
            <Space size={6} wrap>
              <Tag color={task.done ? 'success' : 'processing'} bordered={false} data-testid="task-status">
                {t(task.done ? 'tasks.state.done' : 'tasks.state.open')}
              </Tag>
              {state !== 'done' && state !== 'later' && (
                <Tag color={DUE_TAGS[state]} bordered={false} data-due={state}>
                  {t(`tasks.due.${state}`)}
                </Tag>
              )}
            </Space>
          ),
        },
        { key: 'due', label: t('tasks.fields.dueOn'), children: formatDate(task.due_on, language) },
        { key: 'assignee', label: t('tasks.fields.assignee'), children: task.assignee.display_name },
        {
          key: 'country',
          label: t('tasks.fields.country'),
          children: task.country ? countries.nameOf(task.country) : <Missing />,
        },
        {
          key: 'activity',
          label: t('tasks.fields.activity'),
          children: task.activity_id ? (
            <Link to={`/activities/${task.activity_id}`}>
              {task.activity_subject ?? t('activities.number', { id: task.activity_id })}
            </Link>
          ) : (
            <Missing />
          ),
        },
        {
          key: 'created',
          label: t('tasks.fields.created'),
          children: `${formatDateTime(task.created_at, language)} · ${
            task.created_by?.display_name ?? t('requests.comments.system')
          }`,
        },
        ...(task.done_at
          ? [
              {
                key: 'done_at',
                label: t('tasks.fields.doneAt'),
                children: formatDateTime(task.done_at, language),
              },
            ]
          : []),
      ]}
    />
  );
}

interface Props {
  /** The task to show; none: the drawer is closed. */
  id: number | undefined;
  onClose: () => void;
}

/**
 * One task on its own, over the tasks page (where a notification about it leads), read with
 * GET /api/v1/tasks/{id}: its facts, and done or reopened from here. A task that is not there,
 * or not the reader's to see, says so.
 */
export function TaskDrawer({ id, onClose }: Props) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const narrow = Grid.useBreakpoint().sm === false;
  // While the drawer slides away it still shows the task it showed.
  const [shown, setShown] = useState(id);
  if (id !== undefined && id !== shown) setShown(id);
  const query = useTask(shown);
  const { toggle, pendingFor } = useTaskDone();
  const task = query.data;
  const missing = query.error instanceof ProblemError && query.error.status === 404;

  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      width={narrow ? '100%' : 480}
      title={task?.title ?? t('tasks.number', { id: shown })}
      className="task-drawer"
      footer={
        task &&
        mayChangeTask(task, me) && (
          <Button
            type={task.done ? 'default' : 'primary'}
            icon={task.done ? <UndoOutlined /> : <CheckOutlined />}
            loading={pendingFor(task)}
            onClick={() => toggle(task, !task.done)}
          >
            {t(task.done ? 'tasks.reopenShort' : 'tasks.markDoneShort')}
          </Button>
        )
      }
    >
      {query.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {missing && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          data-testid="task-not-found"
          description={
            <>
              <Typography.Text strong>{t('tasks.notFoundTitle')}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('tasks.notFound', { id: shown })}</Typography.Text>
            </>
          }
        />
      )}
      {query.isError && !missing && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {task && <TaskFacts task={task} />}
    </Drawer>
  );
}
