import { PlusOutlined, ShopOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Typography } from 'antd';
import type { ColumnsType, ColumnType, SorterResult, TablePaginationConfig } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { ExportButton } from '../transfer/ExportButton';
import { useAuth } from '../auth/AuthProvider';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName, otherName } from '../i18n/localName';
import { nextPage, previousPage, readTrail, type CursorTrail } from '../organisations/listQuery';
import { sectorLabels, useTaxonomy } from '../organisations/taxonomy';
import { useSolutionList } from './api';
import {
  hasFilters,
  NO_FILTERS,
  PAGE_SIZES,
  parseListQuery,
  toApiQuery,
  toSearchParams,
  withFilters,
  type Filters,
  type ListQuery,
  type SortField,
} from './listQuery';
import { SolutionFilters } from './SolutionFilters';
import './solutions.css';
import { MaturityTag, PublishedTag, ReadinessTag, SolutionKindTag } from './tags';
import type { Solution } from './types';

export function SolutionsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const query = useMemo(() => parseListQuery(params), [params]);
  const trail = readTrail(location.state);
  const apiQuery = toApiQuery(query, language);
  const list = useSolutionList(apiQuery);
  const taxonomy = useTaxonomy();
  const classes = useMemo(() => sectorLabels(taxonomy.data, language), [taxonomy.data, language]);
  usePageTitle(t('solutions.title'));

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

  const sortable = (field: SortField): ColumnType<Solution> => ({
    key: field,
    sorter: true,
    sortOrder: query.sort.field === field ? (query.sort.descending ? 'descend' : 'ascend') : null,
    sortDirections: ['ascend', 'descend'],
  });

  const columns: ColumnsType<Solution> = [
    {
      ...sortable('name'),
      title: t('solutions.columns.name'),
      width: 280,
      render: (_, solution) => (
        <>
          <Link to={`/solutions/${solution.id}`}>{localName(solution, language) || `#${solution.id}`}</Link>
          {otherName(solution, language) && (
            <Typography.Text type="secondary" className="secondary-line solution-other-name">
              {otherName(solution, language)}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      ...sortable('organisation'),
      title: t('solutions.columns.owner'),
      render: (_, solution) => (
        <Link to={`/organisations/${solution.organisation_id}`}>
          {localName(solution.organisation, language) || `#${solution.organisation_id}`}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('solutions.columns.kindAndClass'),
      responsive: ['md'],
      render: (_, solution) => {
        const label = classes.get(solution.main_class) ?? solution.main_class;
        return (
          <>
            <SolutionKindTag kind={solution.kind} />
            <Typography.Text type="secondary" className="secondary-line solution-class" title={label}>
              {label}
            </Typography.Text>
          </>
        );
      },
    },
    {
      ...sortable('maturity'),
      title: t('solutions.columns.maturity'),
      responsive: ['md'],
      render: (_, solution) => <MaturityTag maturity={solution.maturity} />,
    },
    {
      ...sortable('readiness'),
      title: t('solutions.columns.readiness'),
      render: (_, solution) => <ReadinessTag readiness={solution.export_readiness} />,
    },
    {
      key: 'published',
      title: t('solutions.columns.published'),
      responsive: ['sm'],
      render: (_, solution) => <PublishedTag published={solution.published} />,
    },
    {
      ...sortable('updated'),
      title: t('solutions.columns.updated'),
      responsive: ['lg'],
      render: (_, solution) => <span className="nowrap">{formatDate(solution.updated_at, language)}</span>,
    },
  ];

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<Solution> | SorterResult<Solution>[],
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
  const newPath = query.organisation ? `/solutions/new?organisation=${query.organisation}` : '/solutions/new';
  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{t('solutions.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('solutions.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          {/* The public face of the catalogue, as buyers see it. */}
          <Button icon={<ShopOutlined />} onClick={() => navigate('/showcase')}>
            {t('solutions.toShowcase')}
          </Button>
          <ExportButton path="/api/v1/solutions/export" query={apiQuery} />
          {can('import.create') && (
            <Button icon={<UploadOutlined />} onClick={() => navigate('/import?kind=solutions')}>
              {t('transfer.import.title')}
            </Button>
          )}
          {can('solution.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(newPath)}>
              {t('solutions.create')}
            </Button>
          )}
        </Space>
      </div>
      <SolutionFilters filters={query} onChange={changeFilters} />
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Solution>
          className="solutions-table"
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
              description: t(filtered ? 'solutions.emptyFiltered' : 'solutions.empty'),
              onResetFilters: filtered ? () => changeFilters(NO_FILTERS) : undefined,
            }),
          }}
        />
      )}
    </>
  );
}
