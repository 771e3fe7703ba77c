import { EditOutlined, InboxOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { listEmpty } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useAllRequestTypes, usePatchRequestType, useRequestTypes } from './api';
import { RequestTypeForm } from './RequestTypeForm';
import './requests.css';
import { daysOf, typeRows, type TypeRow } from './typeRows';
import type { RequestType } from './types';

type Dialog = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; item: RequestType };

/** /admin/request-types: the service catalogue — the four types, their subtypes and their days. */
export function RequestTypesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const showArchived = params.get('archived') === 'true';
  const live = useRequestTypes();
  const all = useAllRequestTypes(showArchived);
  const list = showArchived ? all : live;
  const patch = usePatchRequestType();
  const [dialog, setDialog] = useState<Dialog>({ mode: 'closed' });
  usePageTitle(t('requestTypes.title'));

  const types = list.data ?? [];
  const rows = useMemo(() => typeRows(types, showArchived), [types, showArchived]);
  const nameOf = (type: RequestType) => localName(type, language) || type.code;
  const [first, second] =
    language === 'ru' ? (['name_ru', 'name_en'] as const) : (['name_en', 'name_ru'] as const);

  const failed = (error: unknown) =>
    void (error instanceof ProblemError && error.status === 409
      ? message.warning(t('requestTypes.conflict'), 8)
      : message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'), 8));

  const archive = (item: RequestType) =>
    modal.confirm({
      title: t('requestTypes.archive.confirm', { name: nameOf(item) }),
      content: t('requestTypes.archive.detail'),
      okText: t('requestTypes.archive.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        patch
          .mutateAsync({ type: item, patch: { archived: true } })
          .then(() => void message.success(t('requestTypes.archive.done', { name: nameOf(item) })), failed),
    });
  const restore = (item: RequestType) =>
    patch.mutate(
      { type: item, patch: { archived: false } },
      {
        onSuccess: () => void message.success(t('requestTypes.restore.done', { name: nameOf(item) })),
        onError: failed,
      },
    );

  const nameCell = (row: TypeRow, field: 'name_en' | 'name_ru') => {
    const text = row[field].trim();
    return text ? (
      <span lang={field === 'name_ru' ? 'ru' : 'en'}>{text}</span>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  };

  const columns: ColumnsType<TypeRow> = [
    {
      key: first,
      title: t(first === 'name_en' ? 'requestTypes.fields.nameEn' : 'requestTypes.fields.nameRu'),
      render: (_, row) => (
        <span className={row.subtype ? 'type-name type-name-sub' : 'type-name type-name-top'}>
          {nameCell(row, first)}
        </span>
      ),
    },
    {
      key: second,
      title: t(second === 'name_en' ? 'requestTypes.fields.nameEn' : 'requestTypes.fields.nameRu'),
      render: (_, row) => nameCell(row, second),
    },
    {
      key: 'code',
      title: t('requestTypes.fields.code'),
      responsive: ['md'],
      render: (_, row) => <code className="code-tag">{row.code}</code>,
    },
    {
      key: 'days',
      title: t('requestTypes.columns.days'),
      align: 'right',
      render: (_, row) => {
        const { days, inherited } = daysOf(row);
        return inherited ? (
          <Typography.Text type="secondary" className="nowrap" data-testid="days-inherited">
            {t('requestTypes.daysFromType', { days })}
          </Typography.Text>
        ) : (
          <span className="nowrap">{days}</span>
        );
      },
    },
    // Only archived subtypes are marked, and only while they are shown.
    ...(showArchived
      ? [
          {
            key: 'status',
            title: t('requestTypes.columns.status'),
            render: (_: unknown, row: TypeRow) =>
              row.archived && <Tag bordered={false}>{t('requestTypes.archived')}</Tag>,
          },
        ]
      : []),
    {
      key: 'actions',
      width: 96,
      render: (_, row) => {
        const name = nameOf(row);
        return (
          <Space size={0}>
            <Tooltip title={t('requestTypes.edit', { name })}>
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={t('requestTypes.edit', { name })}
                onClick={() => setDialog({ mode: 'edit', item: row })}
              />
            </Tooltip>
            {/* The four types stay: only subtypes are archived and restored. */}
            {row.subtype && !row.archived && (
              <Tooltip title={t('requestTypes.archive.open', { name })}>
                <Button
                  type="text"
                  icon={<InboxOutlined />}
                  aria-label={t('requestTypes.archive.open', { name })}
                  onClick={() => archive(row)}
                />
              </Tooltip>
            )}
            {row.subtype && row.archived && (
              <Tooltip title={t('requestTypes.restore.open', { name })}>
                <Button
                  type="text"
                  icon={<UndoOutlined />}
                  aria-label={t('requestTypes.restore.open', { name })}
                  loading={patch.isPending && patch.variables?.type.code === row.code}
                  onClick={() => restore(row)}
                />
              </Tooltip>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{t('requestTypes.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('requestTypes.subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })}>
          {t('requestTypes.create')}
        </Button>
      </div>
      <Space wrap size={[12, 12]} className="filters">
        <label className="filter-switch">
          <Switch
            size="small"
            checked={showArchived}
            onChange={(checked) => setParams(checked ? { archived: 'true' } : {}, { replace: true })}
          />
          <span>{t('requestTypes.showArchived')}</span>
        </label>
      </Space>
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<TypeRow>
          className="request-types-table"
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={list.isFetching}
          pagination={false}
          rowClassName={(row) =>
            [row.subtype ? 'type-row-sub' : 'type-row-top', row.archived ? 'row-disabled' : ''].join(' ')
          }
          locale={{
            emptyText: listEmpty(t, { pending: list.isPending, description: t('requestTypes.empty') }),
          }}
        />
      )}
      {dialog.mode !== 'closed' && (
        <RequestTypeForm
          types={types}
          item={dialog.mode === 'edit' ? dialog.item : undefined}
          onClose={() => setDialog({ mode: 'closed' })}
        />
      )}
    </>
  );
}
