import { ArrowRightOutlined } from '@ant-design/icons';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { diffRows, formatValue, type DiffRow } from './diff';

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const text = formatValue(value, { yes: t('audit.yes'), no: t('audit.no') });
  return text === '' ? (
    <Typography.Text type="secondary">{t('audit.emptyValue')}</Typography.Text>
  ) : (
    <span className="diff-value">{text}</span>
  );
}

/** What one audit entry changed, field by field: from -> to; other facts as field: value. */
export function DiffTable({ diff }: { diff: Record<string, unknown> }) {
  const { t } = useTranslation();
  const rows = diffRows(diff);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noDetails')}</Typography.Text>;
  const columns: ColumnsType<DiffRow> = [
    { key: 'field', title: t('audit.field'), width: '24%', render: (_, row) => <code>{row.field}</code> },
    {
      key: 'from',
      title: t('audit.from'),
      width: '36%',
      render: (_, row) => (row.kind === 'change' ? <Value value={row.from} /> : <Value value={row.value} />),
      onCell: (row) => (row.kind === 'fact' ? { colSpan: 3 } : {}),
    },
    {
      key: 'arrow',
      width: 32,
      render: () => <ArrowRightOutlined aria-hidden className="diff-arrow" />,
      onCell: (row) => (row.kind === 'fact' ? { colSpan: 0 } : {}),
    },
    {
      key: 'to',
      title: t('audit.to'),
      render: (_, row) => (row.kind === 'change' ? <Value value={row.to} /> : null),
      onCell: (row) => (row.kind === 'fact' ? { colSpan: 0 } : {}),
    },
  ];
  return (
    <Table<DiffRow>
      className="diff-table"
      size="small"
      rowKey="field"
      columns={columns}
      dataSource={rows}
      pagination={false}
      bordered
    />
  );
}
