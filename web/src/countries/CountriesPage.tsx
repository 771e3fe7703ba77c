import { Table, Typography } from 'antd';
import type { ColumnsType, ColumnType, SorterResult, TablePaginationConfig } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import type { Country } from '../api/types';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { ExportButton } from '../transfer/ExportButton';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { readTrail } from '../organisations/listQuery';
import { useCountryList } from './api';
import { CountryFilters } from './CountryFilters';
import {
  hasFilters,
  nextPage,
  PAGE_SIZES,
  parseListQuery,
  previousPage,
  toApiQuery,
  toSearchParams,
  withFilters,
  type CursorTrail,
  type ListQuery,
  type SortField,
} from './listQuery';
import { PresenceTag } from './PresenceTag';

export function CountriesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const query = useMemo(() => parseListQuery(params), [params]);
  const trail = readTrail(location.state);
  const apiQuery = toApiQuery(query, language);
  const list = useCountryList(apiQuery);
  usePageTitle(t('countries.title'));

  const show = useCallback(
    (next: ListQuery, nextTrail: CursorTrail = [], replace = false) =>
      setParams(toSearchParams(next), { state: { trail: nextTrail }, replace }),
    [setParams],
  );
  const changeFilters = useCallback(
    (change: Partial<ListQuery>, options?: { replace: boolean }) =>
      show(withFilters(query, change), [], options?.replace),
    [query, show],
  );

  const sortable = (field: SortField): ColumnType<Country> => ({
    key: field,
    sorter: true,
    sortOrder: query.sort.field === field ? (query.sort.descending ? 'descend' : 'ascend') : null,
    sortDirections: ['ascend', 'descend'],
  });

  const columns: ColumnsType<Country> = [
    {
      ...sortable('name'),
      title: t('countries.columns.name'),
      render: (_, country) => <Link to={`/countries/${country.iso2}`}>{localName(country, language)}</Link>,
    },
    { ...sortable('iso2'), title: t('countries.columns.iso2'), dataIndex: 'iso2', width: 90 },
    {
      key: 'region',
      title: t('countries.columns.region'),
      responsive: ['md'],
      render: (_, country) => localName(country.region, language),
    },
    {
      ...sortable('presence'),
      title: t('countries.columns.presence'),
      render: (_, country) => <PresenceTag status={country.presence.status} />,
    },
    {
      ...sortable('since'),
      title: t('countries.columns.since'),
      responsive: ['sm'],
      render: (_, country) => formatDate(country.presence.since, language),
    },
    {
      ...sortable('attaches'),
      title: t('countries.columns.attaches'),
      dataIndex: 'attache_count',
      align: 'right',
      width: 120,
      render: (count: number) => (count > 0 ? count : <Typography.Text type="secondary">0</Typography.Text>),
    },
  ];

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<Country> | SorterResult<Country>[],
    { action }: { action: 'paginate' | 'sort' | 'filter' },
  ) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      const field = sorter.order ? (sorter.columnKey as SortField) : 'name';
      changeFilters({ sort: { field, descending: sorter.order === 'descend' } });
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

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{t('countries.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('countries.subtitle')}</Typography.Text>
        </div>
        <ExportButton path="/api/v1/countries/export" query={apiQuery} />
      </div>
      <CountryFilters query={query} facets={list.data?.facets} onChange={changeFilters} />
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Country>
          className="countries-table"
          rowKey="iso2"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          onChange={onTableChange}
          showSorterTooltip={false}
          pagination={listPagination(t, {
            page: query.page,
            pageSize: query.limit,
            total: list.data?.total ?? 0,
            sizes: PAGE_SIZES,
          })}
          locale={{
            emptyText: listEmpty(t, {
              pending: list.isPending,
              description: t('countries.empty'),
              onResetFilters: hasFilters(query)
                ? () => changeFilters({ q: '', presence: [], region: undefined })
                : undefined,
            }),
          }}
        />
      )}
    </>
  );
}
