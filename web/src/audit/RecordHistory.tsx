import { Button, Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AuditEntry } from '../api/types';
import { ProblemAlert } from '../app/ProblemAlert';
import { formatInstant } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useRecordHistory } from './api';
import { AuditActionTag } from './AuditActionTag';
import { toAuditSearchParams } from './auditQuery';
import { diffRows } from './diff';
import { DiffTable } from './DiffTable';

const PAGE_SIZE = 10;

interface Props {
  /** Kind of record, as the audit trail names it (`country`). */
  entity: string;
  id: string;
}

/** Who changed one record, when and what, newest first; for those who may read the audit trail. */
export function RecordHistory({ entity, id }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const history = useRecordHistory(entity, id, PAGE_SIZE);
  const entries = history.data?.pages.flatMap((page) => page.items) ?? [];
  const total = history.data?.pages[0]?.total;

  const columns: ColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: t('audit.columns.at'),
      render: (_, entry) => <span className="nowrap">{formatInstant(entry.at, language)}</span>,
    },
    {
      key: 'user',
      title: t('audit.columns.user'),
      render: (_, entry) =>
        entry.user ? (
          <span title={entry.user.email}>{entry.user.display_name || entry.user.email}</span>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, entry) => <AuditActionTag action={entry.action} />,
    },
  ];

  const log = `/admin/audit?${toAuditSearchParams({ entity, id, actions: [] }).toString()}`;
  return (
    <Card
      className="record-history"
      data-testid="record-history"
      title={
        <>
          {t('history.title')}{' '}
          {total !== undefined && <Typography.Text type="secondary">{total}</Typography.Text>}
        </>
      }
      extra={<Link to={log}>{t('history.openLog')}</Link>}
    >
      {history.isError ? (
        <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <>
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={entries}
            loading={history.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowRender: (entry) => <DiffTable diff={entry.diff} />,
              rowExpandable: (entry) => diffRows(entry.diff).length > 0,
            }}
            locale={{
              emptyText: history.isPending ? (
                ' '
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />
              ),
            }}
          />
          {history.hasNextPage && (
            <div className="history-more">
              <Button onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
                {t('history.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
