import { Button, Card, DatePicker, Segmented, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { FilterSwitch } from '../app/FilterSwitch';
import { listEmpty } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { CountryFilter } from '../requests/FilterFields';
import { useTasks } from './api';
import '../requests/requests.css';
import './activities.css';
import { TaskDrawer } from './TaskDrawer';
import {
  hasTaskFilters,
  NO_TASK_FILTERS,
  parseTasksQuery,
  TASK_STATUSES,
  toTasksApiQuery,
  toTasksSearch,
  type TaskStatus,
  type TasksQuery,
} from './taskQuery';
import { taskAnchor } from './tasks';
import { TaskTable } from './TaskTable';
import type { Task } from './types';

const PAGE_SIZE = 50;

/** The task an older notification's link led to ("#task-12"), if any. */
function anchoredTask(hash: string): number | undefined {
  const match = /^#task-([1-9][0-9]{0,15})$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

/**
 * /tasks: the reader's follow-up tasks (or everyone's it may read), open ones first by due day,
 * narrowed by country and due period; `?task=12` shows one task on its own over the list.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseTasksQuery(params), [params]);
  const tasks = useTasks(toTasksApiQuery(query, PAGE_SIZE));
  const items = useMemo(() => tasks.data?.pages.flatMap((page) => page.items) ?? [], [tasks.data]);
  const highlighted = query.task ?? anchoredTask(hash);
  const filtered = hasTaskFilters(query);
  const title = query.mine ? t('tasks.titleMine') : t('tasks.title');
  usePageTitle(title);

  /** Another view of the list: the task shown on its own is closed. */
  const show = useCallback(
    (change: Partial<TasksQuery>) => setParams(toTasksSearch({ ...query, task: undefined, ...change })),
    [query, setParams],
  );
  // Closed, the task stays marked out in the list, as an older notification's link marked it.
  const closeTask = () =>
    navigate(
      {
        search: toTasksSearch({ ...query, task: undefined }).toString(),
        hash: query.task ? taskAnchor(query.task) : '',
      },
      { replace: true },
    );
  const linkOf = useCallback(
    (task: Task) => `?${toTasksSearch({ ...query, task: task.id }).toString()}`,
    [query],
  );
  const period: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    query.dueFrom ? dayjs(query.dueFrom) : null,
    query.dueTo ? dayjs(query.dueTo) : null,
  ];

  // Led here by a notification: bring its task into view once it is on the page.
  const shown = items.some((task) => task.id === highlighted);
  useEffect(() => {
    if (highlighted && shown) {
      document.getElementById(taskAnchor(highlighted))?.scrollIntoView({ block: 'center' });
    }
  }, [highlighted, shown]);

  const emptyText = (() => {
    if (filtered) return t('tasks.emptyFiltered');
    return t(query.status === 'done' ? 'tasks.emptyDone' : 'tasks.empty');
  })();

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">{t('tasks.subtitle')}</Typography.Text>
        </div>
      </div>
      <Space wrap size={[12, 12]} className="filters">
        <Segmented<TaskStatus>
          aria-label={t('tasks.filters.status')}
          value={query.status}
          onChange={(status) => show({ status })}
          options={TASK_STATUSES.map((value) => ({ value, label: t(`tasks.filters.${value}`) }))}
        />
        <CountryFilter
          label={t('tasks.filters.country')}
          value={query.countries}
          onChange={(countries) => show({ countries })}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          className="filter-period filter-task-due"
          aria-label={t('tasks.filters.due')}
          placeholder={[t('tasks.filters.dueFrom'), t('tasks.filters.dueTo')]}
          format={datePickerFormats(language)}
          value={period}
          onChange={(days) =>
            show({
              dueFrom: days?.[0]?.format('YYYY-MM-DD') ?? undefined,
              dueTo: days?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })
          }
        />
        <FilterSwitch
          checked={query.mine}
          onChange={(mine) => show({ mine })}
          label={t('tasks.filters.mine')}
        />
        {filtered && (
          <Button type="link" onClick={() => show(NO_TASK_FILTERS)}>
            {t('countries.filters.reset')}
          </Button>
        )}
      </Space>
      {tasks.isError ? (
        <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <Card className="tasks-card">
          <TaskTable
            tasks={items}
            loading={tasks.isFetching && !tasks.isFetchingNextPage}
            highlighted={highlighted}
            doneColumn={query.status === 'done'}
            linkOf={linkOf}
            emptyText={listEmpty(t, {
              pending: tasks.isPending,
              description: emptyText,
              onResetFilters: filtered ? () => show(NO_TASK_FILTERS) : undefined,
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
      <TaskDrawer id={query.task} onClose={closeTask} />
    </>
  );
}
