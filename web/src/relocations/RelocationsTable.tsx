import { Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listTableChange, sortableColumn } from '../app/listTable';
import { formatMoney } from '../fx/money';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useCountryNames } from '../organisations/useCountryNames';
import { sortOfColumn, type Sort, type SortField } from './relocationsQuery';
import { RelocationStageTag } from './tags';
import type { RelocationCase } from './types';

/** How the table is sorted and paged by the server, on the list page; the desk shows one page as it is. */
export interface ServerPaging {
  sort: Sort;
  page: number;
  limit: number;
  hasNext: boolean;
  pagination: TablePaginationConfig;
  onSort: (sort: Sort) => void;
  onPageSize: (limit: number) => void;
  onNext: () => void;
  onPrevious: () => void;
}

interface Props {
  items: RelocationCase[] | undefined;
  loading: boolean;
  emptyText: ReactNode;
  paging?: ServerPaging;
  /** The few columns a section of the desk of one country has room for. */
  compact?: boolean;
}

function Missing() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/** Relocation cases as a table: company, where from, what it brings, stage and owner. */
export function RelocationsTable({ items, loading, emptyText, paging, compact = false }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  const sortable = (field: SortField) =>
    paging ? sortableColumn<RelocationCase, SortField>(paging.sort, field) : { key: field };
  const day = (instant: string) => (
    <span className="nowrap" title={formatDateTime(instant, language)}>
      {formatDate(instant, language)}
    </span>
  );

  const columns: ColumnsType<RelocationCase> = [
    {
      key: 'title',
      title: t('relocations.fields.title'),
      render: (_, relocation) => (
        <>
          <Link to={`/relocations/${relocation.id}`} className="relocation-title-cell">
            {relocation.title}
          </Link>
          {compact && (
            <Typography.Text type="secondary" className="relocation-company-line">
              {localName(relocation.organisation, language) || `#${relocation.organisation_id}`}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'company',
      hidden: compact,
      title: t('relocations.fields.organisation'),
      responsive: ['md'],
      render: (_, relocation) =>
        localName(relocation.organisation, language) || `#${relocation.organisation_id}`,
    },
    {
      key: 'from_country',
      title: t('relocations.fields.fromCountry'),
      hidden: compact,
      responsive: ['sm'],
      render: (_, relocation) => (
        <span title={relocation.from_country}>{countries.nameOf(relocation.from_country)}</span>
      ),
    },
    {
      key: 'kind',
      title: t('relocations.fields.kind'),
      responsive: ['lg'],
      render: (_, relocation) => t(`relocations.kinds.${relocation.kind}`),
    },
    {
      key: 'stage',
      title: t('relocations.fields.stage'),
      render: (_, relocation) => <RelocationStageTag stage={relocation.stage} />,
    },
    {
      key: 'investment',
      title: t('relocations.fields.investment'),
      hidden: compact,
      align: 'right',
      responsive: ['lg'],
      render: (_, relocation) =>
        relocation.investment ? (
          <span className="nowrap">{formatMoney(relocation.investment, language)}</span>
        ) : (
          <Missing />
        ),
    },
    {
      key: 'owner',
      title: t('relocations.fields.owner'),
      responsive: ['md'],
      render: (_, relocation) => relocation.owner?.display_name ?? <Missing />,
    },
    {
      ...sortable('stage_changed_at'),
      title: t('relocations.columns.stageChanged'),
      responsive: ['md'],
      render: (_, relocation) => day(relocation.stage_changed_at),
    },
    {
      ...sortable('updated_at'),
      title: t('relocations.columns.updated'),
      hidden: compact,
      responsive: ['xl'],
      render: (_, relocation) => day(relocation.updated_at),
    },
  ];

  return (
    <Table<RelocationCase>
      className="relocations-table"
      data-testid="relocations-table"
      rowKey="id"
      size={compact ? 'small' : 'middle'}
      columns={columns}
      dataSource={items}
      loading={loading}
      showSorterTooltip={false}
      scroll={compact ? undefined : { x: 720 }}
      onChange={
        paging &&
        listTableChange<RelocationCase, SortField>({
          ...paging,
          onSort: (field, order) => paging.onSort(sortOfColumn(field, order)),
        })
      }
      pagination={paging ? paging.pagination : false}
      locale={{ emptyText }}
    />
  );
}
