import { PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { nextPage, previousPage, readTrail, type CursorTrail } from '../organisations/listQuery';
import { useRelocationList } from './api';
import { RelocationFilters } from './RelocationFilters';
import './relocations.css';
import {
  hasFilters,
  NO_FILTERS,
  PAGE_SIZES,
  parseRelocationsQuery,
  toApiQuery,
  toSearchParams,
  withFilters,
  type Filters,
  type RelocationsQuery,
} from './relocationsQuery';
import { RelocationsTable } from './RelocationsTable';

/** /relocations: the foreign companies courted to move in, filtered, sorted and paged by the server. */
export function RelocationsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseRelocationsQuery(params), [params]);
  const trail = readTrail(location.state);
  const list = useRelocationList(toApiQuery(query));
  const title = t('relocations.title');
  usePageTitle(title);

  const show = useCallback(
    (next: RelocationsQuery, nextTrail: CursorTrail = [], replace = false) =>
      setParams(toSearchParams(next), { state: { trail: nextTrail }, replace }),
    [setParams],
  );
  const changeFilters = useCallback(
    (change: Partial<Filters & Pick<RelocationsQuery, 'sort' | 'limit'>>, options?: { replace: boolean }) =>
      show(withFilters(query, change), [], options?.replace),
    [query, show],
  );
  const filtered = hasFilters(query);

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">{t('relocations.subtitle')}</Typography.Text>
        </div>
        {can('relocation.create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/relocations/new')}>
            {t('relocations.create')}
          </Button>
        )}
      </div>
      <RelocationFilters filters={query} owns={can('relocation.update')} onChange={changeFilters} />
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <RelocationsTable
          items={list.data?.items}
          loading={list.isFetching}
          paging={{
            sort: query.sort,
            page: query.page,
            limit: query.limit,
            hasNext: !!list.data?.next_cursor,
            pagination: listPagination(t, {
              page: query.page,
              pageSize: query.limit,
              total: list.data?.total ?? 0,
              sizes: PAGE_SIZES,
            }),
            onSort: (sort) => changeFilters({ sort }),
            onPageSize: (limit) => changeFilters({ limit }),
            onNext: () => {
              if (!list.data?.next_cursor) return;
              const next = nextPage(query, trail, list.data.next_cursor);
              show(next.query, next.trail);
            },
            onPrevious: () => {
              const previous = previousPage(query, trail);
              show(previous.query, previous.trail);
            },
          }}
          emptyText={listEmpty(t, {
            pending: list.isPending,
            description: t(filtered ? 'relocations.emptyFiltered' : 'relocations.empty'),
            onResetFilters: filtered ? () => changeFilters(NO_FILTERS) : undefined,
          })}
        />
      )}
    </>
  );
}
