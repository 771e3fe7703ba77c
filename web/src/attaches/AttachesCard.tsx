import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, Typography } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attache } from '../api/types';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName, otherName } from '../i18n/localName';
import { ExportButton } from '../transfer/ExportButton';
import { useCountryAttaches } from './api';
import { AttacheForm } from './AttacheForm';
import { AttacheStatusTag } from './AttacheStatusTag';

/** What the dialog is doing: nothing, adding, or changing one attaché. */
type Dialog = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; attache: Attache };

export function AttachesCard({ country }: { country: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const attaches = useCountryAttaches(country);
  const { can } = useAuth();
  // Attachés of one country share its scope: either all of them may be changed or none.
  const editable = can('attache.update', { country });
  const addable = can('attache.create', { country });
  const [dialog, setDialog] = useState<Dialog>({ mode: 'closed' });

  const columns: ColumnsType<Attache> = [
    {
      key: 'name',
      title: t('attaches.fields.name'),
      render: (_, attache) => (
        <>
          <div>{localName(attache, language)}</div>
          {otherName(attache, language) && (
            <Typography.Text type="secondary" className="secondary-line">
              {otherName(attache, language)}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'status',
      title: t('attaches.fields.status'),
      render: (_, attache) => <AttacheStatusTag status={attache.status} />,
    },
    {
      key: 'start',
      title: t('attaches.fields.startDate'),
      render: (_, attache) => formatDate(attache.start_date, language),
    },
    {
      key: 'end',
      title: t('attaches.fields.endDate'),
      render: (_, attache) => formatDate(attache.end_date, language),
    },
    // Roles without access to personal data get no addresses at all: no column of blanks then.
    ...(attaches.data?.items.some((attache) => attache.email)
      ? [
          {
            key: 'email',
            title: t('attaches.fields.email'),
            render: (_: unknown, attache: Attache) =>
              attache.email && <a href={`mailto:${attache.email}`}>{attache.email}</a>,
          } satisfies ColumnType<Attache>,
        ]
      : []),
    ...(editable
      ? [
          {
            key: 'actions',
            align: 'right',
            width: 56,
            render: (_: unknown, attache: Attache) => (
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={t('attaches.editOne', { name: localName(attache, language) })}
                title={t('common.edit')}
                onClick={() => setDialog({ mode: 'edit', attache })}
              />
            ),
          } satisfies ColumnType<Attache>,
        ]
      : []),
  ];

  return (
    <Card
      title={
        <>
          {t('attaches.title')}{' '}
          {attaches.data && <Typography.Text type="secondary">{attaches.data.total}</Typography.Text>}
        </>
      }
      extra={
        <Space wrap>
          <ExportButton
            path="/api/v1/attaches/export"
            query={{ country, sort: '-start_date' }}
            disabled={!attaches.data?.total}
          />
          {addable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'add' })}>
              {t('attaches.add')}
            </Button>
          )}
        </Space>
      }
    >
      {attaches.isError ? (
        <ProblemAlert error={attaches.error} onRetry={() => void attaches.refetch()} />
      ) : (
        <Table<Attache>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={attaches.data?.items}
          loading={attaches.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attaches.empty')} />,
          }}
        />
      )}
      {dialog.mode !== 'closed' && (
        <AttacheForm
          country={country}
          attache={dialog.mode === 'edit' ? dialog.attache : undefined}
          onClose={() => setDialog({ mode: 'closed' })}
        />
      )}
    </Card>
  );
}
