import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../fx/money';
import { currentLanguage } from '../i18n/i18n';
import type { ReportCurrency, WinsGroup } from './reportQuery';
import { amountIn, winsTotal, type WinsTableRow } from './reportRows';
import type { Amounts, WinsRow } from './types';

interface Props {
  rows: WinsTableRow[];
  total: WinsRow | undefined;
  group: WinsGroup;
  currency: ReportCurrency;
  labelOf: (row: WinsRow) => string;
  loading: boolean;
}

const count = (value: number): ReactNode =>
  value === 0 ? <Typography.Text type="secondary">0</Typography.Text> : value;

/** Export wins per year, country or category: confirmed by the company or not, and how often the service helped. */
export function WinsTable({ rows, total, group, currency, labelOf, loading }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const money = (amounts: Amounts) => (
    <span className="nowrap">{formatMoney(amountIn(amounts, currency), language)}</span>
  );
  const cells = (row: WinsRow): ReactNode[] => [
    count(row.confirmed.deals),
    money(row.confirmed.value),
    count(row.unconfirmed.deals),
    money(row.unconfirmed.value),
    <strong key="total">{money(winsTotal(row))}</strong>,
    count(row.helped),
  ];
  const keys = [
    'confirmed',
    'confirmedValue',
    'unconfirmed',
    'unconfirmedValue',
    'totalValue',
    'helped',
  ] as const;

  const columns: ColumnsType<WinsTableRow> = [
    { key: 'group', title: t(`deals.report.winsGroups.${group}`), render: (_, row) => labelOf(row) },
    ...keys.map((key, index) => ({
      key,
      title: t(`deals.report.measures.${key}`),
      align: 'right' as const,
      render: (_: unknown, row: WinsTableRow) => cells(row)[index],
    })),
  ];

  return (
    <Table<WinsTableRow>
      className="report-table"
      data-testid="wins-table"
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() =>
        total && (
          <Table.Summary>
            <Table.Summary.Row className="report-total">
              {[t('deals.report.total'), ...cells(total)].map((cell, index) => (
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
