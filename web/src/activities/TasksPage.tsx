import { Button, Card, Segmented, Space, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router-dom';
import { FilterSwitch } from '../app/FilterSwitch';
import { listEmpty } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useTasks } from './api';
import '../requests/requests.css';
import './activities.css';
import { taskAnchor } from './tasks';
import { TaskTable } from './TaskTable';

const PAGE_SIZE = 50;
const STATUSES = ['open', 'done'] as const;
type Status = (typeof STATUSES)[number];

/** The task a notification led to ("#task-12"), if any. */
function highlightedTask(hash: string): number | undefined {
  const match = /^#task-([1-9][0-9]{0,15})$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

/** /tasks: the reader's follow-up tasks (or everyone's it may read), open ones first by due day. */
export function TasksPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const [params, setParams] = useSearchParams();
  const status: Status = params.get('status') === 'done' ? 'done' : 'open';
  const mine = params.get('assignee') !== 'all';
  const tasks = useTasks({ status, limit: PAGE_SIZE, ...(mine ? { assignee: 'me' } : {}) });
  const items = useMemo(() => tasks.data?.pages.flatMap((page) => page.items) ?? [], [tasks.data]);
  const highlighted = highlightedTask(hash);
  const title = mine ? t('tasks.titleMine') : t('tasks.title');
  usePageTitle(title);

  const show = (next: { status: Status; mine: boolean }) => {
    const search = new URLSearchParams();
    if (next.status !== 'open') search.set('status', next.status);
    if (!next.mine) search.set('assignee', 'all');
    setParams(search);
  };

  // Led here by a notification: bring its task into view once it is on the page.
  const shown = items.some((task) => task.id === highlighted);
  useEffect(() => {
    if (highlighted && shown) {
      document.getElementById(taskAnchor(highlighted))?.scrollIntoView({ block: 'center' });
    }
  }, [highlighted, shown]);

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">{t('tasks.subtitle')}</Typography.Text>
        </div>
      </div>
      <Space wrap size={[12, 12]} className="filters">
        <Segmented<Status>
          aria-label={t('tasks.filters.status')}
          value={status}
          onChange={(next) => show({ status: next, mine })}
          options={STATUSES.map((value) => ({ value, label: t(`tasks.filters.${value}`) }))}
        />
        <FilterSwitch
          checked={mine}
          onChange={(next) => show({ status, mine: next })}
          label={t('tasks.filters.mine')}
        />
      </Space>
      {tasks.isError ? (
        <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <Card className="tasks-card">
          <TaskTable
            tasks={items}
            loading={tasks.isFetching && !tasks.isFetchingNextPage}
            highlighted={highlighted}
            doneColumn={status === 'done'}
            emptyText={listEmpty(t, {
              pending: tasks.isPending,
              description: t(status === 'done' ? 'tasks.emptyDone' : 'tasks.empty'),
            })}
          />
          {tasks.hasNextPage && (
            <div className="activities-more">
              <Button loading={tasks.isFetchingNextPage} onClick={() => void tasks.fetchNextPage()}>
                {t('activities.showMore')}
              </Button>
            </div>
          )}
        </Card>
      )}
    </>
  );
}
