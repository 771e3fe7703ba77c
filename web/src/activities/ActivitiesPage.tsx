import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { useActivityTimeline } from './api';
import './activities.css';
import { ActivityFilters } from './ActivityFilters';
import {
  hasFilters,
  NO_FILTERS,
  parseActivityQuery,
  toApiQuery,
  toSearchParams,
  type Filters,
} from './activityQuery';
import { ActivityTimeline } from './ActivityTimeline';
import { useActivityDialogs } from './useActivityDialogs';

const PAGE_SIZE = 30;

/** /activities: meetings, calls, visits, e-mails and events, newest first, a day under each heading. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseActivityQuery(params), [params]);
  const timeline = useActivityTimeline(toApiQuery(filters, PAGE_SIZE));
  const activities = useMemo(() => timeline.data?.pages.flatMap((page) => page.items) ?? [], [timeline.data]);
  const total = timeline.data?.pages[0]?.total ?? 0;
  // A new activity takes the countries in view, or the attaché's own.
  const defaults = useMemo(
    () => ({
      countries: filters.countries.length > 0 ? filters.countries : me?.user.countries.slice(0, 1),
      deal_id: filters.deal,
      request_id: filters.request,
      relocation_id: filters.relocation,
    }),
    [filters, me],
  );
  const dialogs = useActivityDialogs({ defaults });
  const title = t('activities.title');
  usePageTitle(title);

  const changeFilters = useCallback(
    (change: Partial<Filters>, options?: { replace: boolean }) =>
      setParams(toSearchParams({ ...filters, ...change }), { replace: options?.replace }),
    [filters, setParams],
  );
  const filtered = hasFilters(filters);

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">{t('activities.subtitle')}</Typography.Text>
        </div>
        {can('activity.create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={dialogs.create}>
            {t('activities.create')}
          </Button>
        )}
      </div>
      <ActivityFilters filters={filters} onChange={changeFilters} />
      {timeline.isError && <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {timeline.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {timeline.data && (
        <Card className="activities-card" loading={false}>
          {activities.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(filtered ? 'activities.emptyFiltered' : 'activities.empty')}
            >
              {filtered && (
                <Button onClick={() => changeFilters(NO_FILTERS)}>{t('countries.filters.reset')}</Button>
              )}
            </Empty>
          ) : (
            <>
              <Typography.Text type="secondary" className="activities-count">
                {activities.length < total
                  ? t('activities.shown', { count: activities.length, total })
                  : t('activities.count', { count: total })}
              </Typography.Text>
              <ActivityTimeline activities={activities} onEdit={dialogs.edit} onAddTask={dialogs.addTask} />
              {timeline.hasNextPage && (
                <div className="activities-more">
                  <Button loading={timeline.isFetchingNextPage} onClick={() => void timeline.fetchNextPage()}>
                    {t('activities.showMore')}
                  </Button>
                </div>
              )}
            </>
          )}
        </Card>
      )}
      {dialogs.dialogs}
    </>
  );
}
