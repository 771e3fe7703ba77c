import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listEmpty, listPagination, listTableChange, sortableColumn } from '../app/listTable';
import { formatMoney } from '../fx/money';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { PAGE_SIZES, sortOfColumn, type DealsQuery, type Sort, type SortField } from './dealsQuery';
import { DealStageTag } from './tags';
import type { Deal, DealList } from './types';

interface Props {
  query: DealsQuery;
  data: DealList | undefined;
  loading: boolean;
  pending: boolean;
  countryName: (code: string) => string;
  filtered: boolean;
  onSort: (sort: Sort) => void;
  onPageSize: (limit: number) => void;
  onNext: () => void;
  onPrevious: () => void;
  onResetFilters: () => void;
}

/** The deals as a table: sortable by dates, paged by the server's cursors. */
export function DealsTable({
  query,
  data,
  loading,
  pending,
  countryName,
  filtered,
  onSort,
  onPageSize,
  onNext,
  onPrevious,
  onResetFilters,
}: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();

  const sortable = (field: SortField) => sortableColumn<Deal, SortField>(query.sort, field);
  const date = (value: string | null) =>
    value ? (
      <span className="nowrap">{formatDate(value, language)}</span>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );

  const columns: ColumnsType<Deal> = [
    {
      key: 'title',
      title: t('deals.fields.title'),
      render: (_, deal) => (
        <Link to={`/deals/${deal.id}`} className="deal-title-cell">
          {deal.title}
        </Link>
      ),
    },
    {
      key: 'company',
      title: t('deals.fields.organisation'),
      responsive: ['md'],
      render: (_, deal) => localName(deal.organisation, language) || `#${deal.organisation_id}`,
    },
    {
      key: 'country',
      title: t('deals.fields.country'),
      responsive: ['sm'],
      render: (_, deal) => <span title={deal.country}>{countryName(deal.country)}</span>,
    },
    {
      key: 'stage',
      title: t('deals.fields.stage'),
      render: (_, deal) => <DealStageTag stage={deal.stage} />,
    },
    {
      key: 'value',
      title: t('deals.fields.value'),
      align: 'right',
      render: (_, deal) =>
        deal.value ? (
          <span className="nowrap">{formatMoney(deal.value, language)}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'owner',
      title: t('deals.fields.owner'),
      responsive: ['lg'],
      render: (_, deal) => deal.owner?.display_name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      ...sortable('expected_close_date'),
      title: t('deals.columns.expectedClose'),
      render: (_, deal) => date(deal.expected_close_date),
    },
    {
      ...sortable('stage_changed_at'),
      title: t('deals.columns.stageChanged'),
      responsive: ['md'],
      render: (_, deal) => (
        <span className="nowrap" title={formatDateTime(deal.stage_changed_at, language)}>
          {formatDate(deal.stage_changed_at, language)}
        </span>
      ),
    },
    {
      ...sortable('updated_at'),
      title: t('deals.columns.updated'),
      responsive: ['xl'],
      render: (_, deal) => (
        <span className="nowrap" title={formatDateTime(deal.updated_at, language)}>
          {formatDate(deal.updated_at, language)}
        </span>
      ),
    },
  ];

  const onChange = listTableChange<Deal, SortField>({
    page: query.page,
    limit: query.limit,
    hasNext: !!data?.next_cursor,
    onSort: (field, order) => onSort(sortOfColumn(field, order)),
    onPageSize,
    onNext,
    onPrevious,
  });

  return (
    <Table<Deal>
      className="deals-table"
      data-testid="deals-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={data?.items}
      loading={loading}
      onChange={onChange}
      showSorterTooltip={false}
      scroll={{ x: 820 }}
      pagination={listPagination(t, {
        page: query.page,
        pageSize: query.limit,
        total: data?.total ?? 0,
        sizes: PAGE_SIZES,
      })}
      locale={{
        emptyText: listEmpty(t, {
          pending,
          description: t(filtered ? 'deals.emptyFiltered' : 'deals.empty'),
          onResetFilters: filtered ? onResetFilters : undefined,
        }),
      }}
    />
  );
}
