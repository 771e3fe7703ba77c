import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType, ColumnType, SorterResult, TablePaginationConfig } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { formatDate, formatDateTime, formatElapsed } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { nextPage, previousPage, readTrail, type CursorTrail } from '../organisations/listQuery';
import { useCountryNames } from '../organisations/useCountryNames';
import { ExportButton } from '../transfer/ExportButton';
import { useRequestList } from './api';
import { requestColumns } from './columns';
import {
  columnOrder,
  hasFilters,
  NO_FILTERS,
  PAGE_SIZES,
  parseListQuery,
  sortOfColumn,
  toApiQuery,
  toSearchParams,
  withFilters,
  type Filters,
  type ListQuery,
  type SortField,
} from './listQuery';
import { RequestFilters } from './RequestFilters';
import './requests.css';
import { isStaff } from './scope';
import { isFinal } from './status';
import { requestTypeName } from './typeTree';
import type { SupportRequest } from './types';

/** The queue of support requests; for a company user, its own company's ("My requests"). */
export function RequestsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { can, me } = useAuth();
  const staff = isStaff(me);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const query = useMemo(() => parseListQuery(params), [params]);
  const trail = readTrail(location.state);
  const apiQuery = toApiQuery(query);
  const list = useRequestList(apiQuery);
  const countries = useCountryNames();
  const title = staff ? t('requests.title') : t('requests.titleCompany');
  usePageTitle(title);
  // Read once per answer: "in status" ages with the data shown, not with each re-render.
  const now = useMemo(() => Date.now(), [list.data]);

  const show = useCallback(
    (next: ListQuery, nextTrail: CursorTrail = [], replace = false) =>
      setParams(toSearchParams(next), { state: { trail: nextTrail }, replace }),
    [setParams],
  );
  const changeFilters = useCallback(
    (change: Partial<Filters & Pick<ListQuery, 'sort' | 'limit'>>, options?: { replace: boolean }) =>
      show(withFilters(query, change), [], options?.replace),
    [query, show],
  );

  const shared = requestColumns(t, language);
  const sortable = (field: SortField): ColumnType<SupportRequest> => ({
    key: field,
    sorter: true,
    sortOrder: columnOrder(query.sort, field),
    sortDirections: ['descend', 'ascend'],
  });

  const columns: ColumnsType<SupportRequest> = [
    {
      key: 'id',
      title: t('requests.columns.number'),
      width: 72,
      render: (_, request) => (
        <Link to={`/requests/${request.id}`} className="nowrap">
          {t('requests.number', { id: request.id })}
        </Link>
      ),
    },
    {
      key: 'subject',
      title: t('requests.columns.subject'),
      render: (_, request) => (
        <Link to={`/requests/${request.id}`} className="request-subject">
          {request.subject}
        </Link>
      ),
    },
    ...(staff
      ? [
          {
            key: 'company',
            title: t('requests.columns.company'),
            responsive: ['md'],
            render: (_: unknown, request: SupportRequest) => (
              <Link to={`/organisations/${request.organisation_id}`}>
                {localName(request.organisation, language) || `#${request.organisation_id}`}
              </Link>
            ),
          } satisfies ColumnType<SupportRequest>,
        ]
      : []),
    {
      key: 'country',
      title: t('requests.columns.country'),
      responsive: ['sm'],
      render: (_, request) => <span title={request.country}>{countries.nameOf(request.country)}</span>,
    },
    {
      key: 'type',
      title: t('requests.columns.type'),
      responsive: ['lg'],
      render: (_, request) => requestTypeName(request, language),
    },
    shared.status,
    shared.assignee,
    { ...shared.due, ...sortable('due_at') },
    {
      ...sortable('status_changed_at'),
      title: t('requests.columns.inStatus'),
      responsive: ['sm'],
      render: (_, request) => (
        <Typography.Text
          type={isFinal(request.status) ? 'secondary' : undefined}
          className="nowrap"
          title={formatDateTime(request.status_changed_at, language)}
        >
          {formatElapsed(request.status_changed_at, now, language)}
        </Typography.Text>
      ),
    },
    {
      ...sortable('created_at'),
      title: t('requests.columns.created'),
      responsive: ['md'],
      render: (_, request) => (
        <span className="nowrap" title={formatDateTime(request.created_at, language)}>
          {formatDate(request.created_at, language)}
        </span>
      ),
    },
    {
      ...sortable('updated_at'),
      title: t('requests.columns.updated'),
      responsive: ['xl'],
      render: (_, request) => (
        <span className="nowrap" title={formatDateTime(request.updated_at, language)}>
          {formatDate(request.updated_at, language)}
        </span>
      ),
    },
  ];

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<SupportRequest> | SorterResult<SupportRequest>[],
    { action }: { action: 'paginate' | 'sort' | 'filter' },
  ) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      changeFilters({ sort: sortOfColumn(sorter.columnKey as SortField, sorter.order ?? null) });
    } else if (action === 'paginate') {
      if (pagination.pageSize && pagination.pageSize !== query.limit) {
        changeFilters({ limit: pagination.pageSize });
      } else if ((pagination.current ?? 1) > query.page && list.data?.next_cursor) {
        const next = nextPage(query, trail, list.data.next_cursor);
        show(next.query, next.trail);
      } else if ((pagination.current ?? 1) < query.page) {
        const previous = previousPage(query, trail);
        show(previous.query, previous.trail);
      }
    }
  };

  const filtered = hasFilters(query);
  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">
            {staff ? t('requests.subtitle') : t('requests.subtitleCompany')}
          </Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<BarChartOutlined />} onClick={() => navigate('/requests/report')}>
            {t('requests.report.open')}
          </Button>
          <ExportButton path="/api/v1/requests/export" query={apiQuery} />
          {can('request.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/requests/new')}>
              {t('requests.create')}
            </Button>
          )}
        </Space>
      </div>
      <RequestFilters filters={query} onChange={changeFilters} />
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<SupportRequest>
          className="requests-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          onChange={onTableChange}
          showSorterTooltip={false}
          rowClassName={(request) => (request.overdue ? 'request-overdue' : '')}
          // Wide enough for its columns: on a phone the table scrolls rather than the page.
          scroll={{ x: 760 }}
          pagination={listPagination(t, {
            page: query.page,
            pageSize: query.limit,
            total: list.data?.total ?? 0,
            sizes: PAGE_SIZES,
          })}
          locale={{
            emptyText: listEmpty(t, {
              pending: list.isPending,
              description: t(filtered ? 'requests.emptyFiltered' : 'requests.empty'),
              onResetFilters: filtered ? () => changeFilters(NO_FILTERS) : undefined,
            }),
          }}
        />
      )}
    </>
  );
}
