import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, ColumnType, SorterResult, TablePaginationConfig } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName, otherName } from '../i18n/localName';
import { ExportButton } from '../transfer/ExportButton';
import { useOrganisationList } from './api';
import './organisations.css';
import {
  hasFilters,
  nextPage,
  NO_FILTERS,
  PAGE_SIZES,
  parseListQuery,
  previousPage,
  readTrail,
  toApiQuery,
  toSearchParams,
  withFilters,
  type CursorTrail,
  type Filters,
  type ListQuery,
  type SortField,
} from './listQuery';
import { OrganisationFilters } from './OrganisationFilters';
import { KindTag } from './tags';
import { sectorLabels, useTaxonomy } from './taxonomy';
import type { Market, Organisation } from './types';
import { useCountryNames } from './useCountryNames';
import { MARKET_STATUS_COLORS, MARKET_STATUSES } from './vocabulary';

// Beyond these the cell would wrap into a paragraph; the rest are counted.
const TAGS_SHOWN = 2;
const MARKETS_SHOWN = 4;

function More({ count, title }: { count: number; title: string }) {
  return count > 0 ? (
    <Tooltip title={title}>
      <Tag bordered={false}>+{count}</Tag>
    </Tooltip>
  ) : null;
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const query = useMemo(() => parseListQuery(params), [params]);
  const trail = readTrail(location.state);
  const apiQuery = toApiQuery(query, language);
  const list = useOrganisationList(apiQuery);
  const countries = useCountryNames();
  const taxonomy = useTaxonomy();
  const sectors = useMemo(() => sectorLabels(taxonomy.data, language), [taxonomy.data, language]);
  usePageTitle(t('organisations.title'));

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

  const sortable = (field: SortField): ColumnType<Organisation> => ({
    key: field,
    sorter: true,
    sortOrder: query.sort.field === field ? (query.sort.descending ? 'descend' : 'ascend') : null,
    sortDirections: ['ascend', 'descend'],
  });

  const columns: ColumnsType<Organisation> = [
    {
      ...sortable('name'),
      title: t('organisations.columns.name'),
      render: (_, organisation) => (
        <>
          <Link to={`/organisations/${organisation.id}`}>
            {localName(organisation, language) || `#${organisation.id}`}
          </Link>
          {otherName(organisation, language) && (
            <Typography.Text type="secondary" className="secondary-line organisation-other-name">
              {otherName(organisation, language)}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      ...sortable('kind'),
      title: t('organisations.columns.kind'),
      render: (_, organisation) => <KindTag kind={organisation.kind} />,
    },
    {
      ...sortable('country'),
      title: t('organisations.columns.country'),
      render: (_, organisation) => (
        <span title={organisation.country}>{countries.nameOf(organisation.country)}</span>
      ),
    },
    {
      key: 'sectors',
      title: t('organisations.columns.sectors'),
      responsive: ['lg'],
      render: (_, organisation) => {
        const names = organisation.sectors.map((id) => sectors.get(id) ?? id);
        return (
          <Space size={[0, 4]} wrap>
            {names.slice(0, TAGS_SHOWN).map((name) => (
              <Tag key={name} className="sector-tag" title={name}>
                {name}
              </Tag>
            ))}
            <More count={names.length - TAGS_SHOWN} title={names.slice(TAGS_SHOWN).join(', ')} />
          </Space>
        );
      },
    },
    {
      key: 'markets',
      title: t('organisations.columns.markets'),
      responsive: ['md'],
      width: 150,
      render: (_, organisation) => {
        // Where it sells first, then where it wants to; the colour is the status, as on its page.
        const markets = [...organisation.markets].sort(
          (a, b) => MARKET_STATUSES.indexOf(a.status) - MARKET_STATUSES.indexOf(b.status),
        );
        const describe = (market: Market) =>
          `${countries.nameOf(market.country)}: ${t(`organisations.marketStatuses.${market.status}`)}`;
        return (
          <Space size={[0, 4]} wrap>
            {markets.slice(0, MARKETS_SHOWN).map((market) => (
              <Tooltip key={market.country} title={describe(market)}>
                <Tag
                  color={MARKET_STATUS_COLORS[market.status]}
                  bordered={false}
                  aria-label={describe(market)}
                  className="market-code"
                >
                  {market.country}
                </Tag>
              </Tooltip>
            ))}
            <More
              count={markets.length - MARKETS_SHOWN}
              title={markets.slice(MARKETS_SHOWN).map(describe).join(', ')}
            />
          </Space>
        );
      },
    },
    {
      ...sortable('solutions'),
      title: t('organisations.columns.solutions'),
      dataIndex: 'solution_count',
      align: 'right',
      width: 120,
      render: (count: number) => (count > 0 ? count : <Typography.Text type="secondary">0</Typography.Text>),
    },
    {
      ...sortable('updated'),
      title: t('organisations.columns.updated'),
      responsive: ['sm'],
      render: (_, organisation) => (
        <span className="nowrap">{formatDate(organisation.updated_at, language)}</span>
      ),
    },
  ];

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<Organisation> | SorterResult<Organisation>[],
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

  const filtered = hasFilters(query);
  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{t('organisations.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('organisations.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <ExportButton path="/api/v1/organisations/export" query={apiQuery} />
          {can('import.create') && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/import?kind=organisations')}>
              {t('transfer.import.title')}
            </Button>
          )}
          {can('organisation.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/organisations/new')}>
              {t('organisations.create')}
            </Button>
          )}
        </Space>
      </div>
      <OrganisationFilters filters={query} onChange={changeFilters} />
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Organisation>
          className="organisations-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          onChange={onTableChange}
          showSorterTooltip={false}
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
              description: t(filtered ? 'organisations.emptyFiltered' : 'organisations.empty'),
              onResetFilters: filtered ? () => changeFilters(NO_FILTERS) : undefined,
            }),
          }}
        />
      )}
    </>
  );
}
