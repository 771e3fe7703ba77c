import { Table, Typography } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDuration, formatPercent } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { drillDownUrl, rowKey, type Measure, type ReportFilters } from './reportQuery';
import type { ReportTableRow } from './reportRows';
import type { RequestsReportRow } from './types';

interface Props {
  filters: ReportFilters;
  rows: ReportTableRow[];
  total: RequestsReportRow | undefined;
  labelOf: (row: RequestsReportRow) => string;
  loading: boolean;
}

function Missing() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/** The report's rows with their counts, each a way into the queue, and the total beneath. */
export function ReportTable({ filters, rows, total, labelOf, loading }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();

  /** A count; one that is not zero opens the queue on the requests it counts. */
  const count = (measure: Measure, row: RequestsReportRow): ReactNode => {
    const value = row[measure];
    if (value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
    return (
      <Link
        to={drillDownUrl(filters, rowKey(row), measure)}
        className={measure === 'overdue' ? 'report-overdue' : undefined}
        aria-label={t('requests.report.drill', {
          count: value,
          measure: t(`requests.report.measures.${measure}`),
          group: labelOf(row),
        })}
      >
        {value}
      </Link>
    );
  };
  const onTime = (row: RequestsReportRow) =>
    row.resolved_on_time === 0 ? <Typography.Text type="secondary">0</Typography.Text> : row.resolved_on_time;
  const sla = (row: RequestsReportRow) =>
    row.sla_compliance === null ? <Missing /> : formatPercent(row.sla_compliance, language);
  const median = (row: RequestsReportRow) =>
    row.median_resolution_seconds === null ? (
      <Missing />
    ) : (
      <span className="nowrap">{formatDuration(row.median_resolution_seconds, language)}</span>
    );

  const countColumn = (measure: Measure): ColumnType<ReportTableRow> => ({
    key: measure,
    title: t(`requests.report.measures.${measure}`),
    align: 'right',
    sorter: (a, b) => a[measure] - b[measure],
    sortDirections: ['descend', 'ascend'],
    render: (_, row) => count(measure, row),
  });
  const columns: ColumnsType<ReportTableRow> = [
    {
      key: 'group',
      title: t(`requests.report.groups.${filters.group}`),
      render: (_, row) => (
        <span className={row.children ? 'report-group' : undefined}>
          {labelOf(row)}
          {row.country !== undefined && row.type === undefined && (
            <Typography.Text type="secondary"> ({row.country})</Typography.Text>
          )}
        </span>
      ),
    },
    countColumn('filed'),
    countColumn('open'),
    countColumn('overdue'),
    countColumn('resolved'),
    {
      key: 'resolved_on_time',
      title: t('requests.report.measures.onTime'),
      align: 'right',
      render: (_, row) => onTime(row),
    },
    countColumn('declined'),
    countColumn('cancelled'),
    {
      key: 'sla',
      title: t('requests.report.measures.sla'),
      align: 'right',
      sorter: (a, b) => (a.sla_compliance ?? -1) - (b.sla_compliance ?? -1),
      sortDirections: ['descend', 'ascend'],
      render: (_, row) => sla(row),
    },
    {
      key: 'median',
      title: t('requests.report.measures.median'),
      align: 'right',
      sorter: (a, b) => (a.median_resolution_seconds ?? -1) - (b.median_resolution_seconds ?? -1),
      sortDirections: ['descend', 'ascend'],
      render: (_, row) => median(row),
    },
  ];
  // The total's cells, in the columns' order.
  const totals = (sum: RequestsReportRow): ReactNode[] => [
    t('requests.report.total'),
    count('filed', sum),
    count('open', sum),
    count('overdue', sum),
    count('resolved', sum),
    onTime(sum),
    count('declined', sum),
    count('cancelled', sum),
    sla(sum),
    median(sum),
  ];

  return (
    <Table<ReportTableRow>
      className="report-table"
      data-testid="report-table"
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      showSorterTooltip={false}
      scroll={{ x: 'max-content' }}
      expandable={{ indentSize: 20 }}
      summary={() =>
        total && (
          <Table.Summary>
            <Table.Summary.Row className="report-total">
              {totals(total).map((cell, index) => (
                <Table.Summary.Cell key={index} index={index} align={index === 0 ? 'left' : 'right'}>
                  {cell}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        )
      }
    />
  );
}
