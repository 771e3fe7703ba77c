import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../fx/money';
import { currentLanguage } from '../i18n/i18n';
import type { PipelineGroup, ReportCurrency } from './reportQuery';
import { amountIn, type PipelineTableRow } from './reportRows';
import type { PipelineRow } from './types';

interface Props {
  rows: PipelineTableRow[];
  total: PipelineRow | undefined;
  group: PipelineGroup;
  currency: ReportCurrency;
  labelOf: (row: PipelineRow) => string;
  loading: boolean;
}

const count = (value: number): ReactNode =>
  value === 0 ? <Typography.Text type="secondary">0</Typography.Text> : value;

/** Open deals per stage or country, with the other beneath: count, unvalued, value and weighted value. */
export function PipelineTable({ rows, total, group, currency, labelOf, loading }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const money = (row: PipelineRow, measure: 'value' | 'weighted') => (
    <span className="nowrap">{formatMoney(amountIn(row[measure], currency), language)}</span>
  );

  const columns: ColumnsType<PipelineTableRow> = [
    {
      key: 'group',
      title: t(`deals.report.pipelineGroups.${group}`),
      render: (_, row) => <span className={row.children ? 'report-group' : undefined}>{labelOf(row)}</span>,
    },
    {
      key: 'deals',
      title: t('deals.report.measures.deals'),
      align: 'right',
      sorter: (a, b) => a.deals - b.deals,
      render: (_, row) => count(row.deals),
    },
    {
      key: 'unvalued',
      title: t('deals.report.measures.unvalued'),
      align: 'right',
      render: (_, row) => count(row.unvalued),
    },
    {
      key: 'value',
      title: t('deals.report.measures.value'),
      align: 'right',
      sorter: (a, b) => a.value.rub - b.value.rub,
      render: (_, row) => money(row, 'value'),
    },
    {
      key: 'weighted',
      title: t('deals.report.measures.weighted'),
      align: 'right',
      sorter: (a, b) => a.weighted.rub - b.weighted.rub,
      render: (_, row) => money(row, 'weighted'),
    },
  ];

  return (
    <Table<PipelineTableRow>
      className="report-table"
      data-testid="pipeline-table"
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
              {[
                t('deals.report.total'),
                count(total.deals),
                count(total.unvalued),
                money(total, 'value'),
                money(total, 'weighted'),
              ].map((cell, index) => (
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
