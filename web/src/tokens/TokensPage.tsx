import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, ColumnType, TablePaginationConfig } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import type { ApiToken, TokenStatus, TokenWithSecret } from '../api/types';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { SecretModal } from '../app/SecretModal';
import { useCursorPages } from '../app/useCursorPages';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { ExportButton } from '../transfer/ExportButton';
import { useRevokeToken, useTokenList, type ApiTokenQuery } from './api';
import { TokenForm } from './TokenForm';
import { lastValidDay } from './tokenRules';
import { TokenStatusTag } from './TokenStatusTag';

const TOKEN_STATUSES = ['active', 'expired', 'revoked'] as const satisfies readonly TokenStatus[];
const PAGE_SIZE = 50;
// Permissions listed in a row before the rest fold into "+N".
const PERMISSIONS_SHOWN = 3;

function statusesOf(params: URLSearchParams): TokenStatus[] {
  const wanted = (params.get('status') ?? '').split(',');
  return TOKEN_STATUSES.filter((status) => wanted.includes(status));
}

function Permissions({ permissions }: { permissions: string[] }) {
  const shown = permissions.slice(0, PERMISSIONS_SHOWN);
  const rest = permissions.slice(PERMISSIONS_SHOWN);
  return (
    <Space size={[4, 4]} wrap>
      {shown.map((permission) => (
        <Tag key={permission} className="code-tag">
          {permission}
        </Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.join(', ')}>
          <Tag>+{rest.length}</Tag>
        </Tooltip>
      )}
    </Space>
  );
}

export function TokensPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const { me, can } = useAuth();
  const [params, setParams] = useSearchParams();
  const statuses = useMemo(() => statusesOf(params), [params]);
  const pages = useCursorPages(statuses.join(','));
  const query: ApiTokenQuery = { limit: PAGE_SIZE };
  if (statuses.length > 0) query.status = statuses.join(',');
  if (pages.cursor) query.cursor = pages.cursor;
  const list = useTokenList(query);
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TokenWithSecret | null>(null);
  usePageTitle(t('tokens.title'));

  // The server shows an admin everyone's tokens; they need to know whose each one is.
  const everyone = me?.user.role === 'admin';

  const onRevoke = (token: ApiToken) =>
    revoke.mutate(token, {
      onSuccess: () => void message.success(t('tokens.revoked', { name: token.name })),
      onError: (error) =>
        void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle')),
    });

  const columns: ColumnsType<ApiToken> = [
    {
      key: 'name',
      title: t('tokens.fields.name'),
      render: (_, token) => (
        <>
          <div>{token.name}</div>
          <Typography.Text type="secondary" className="secondary-line">
            <code>{token.prefix}…</code>
          </Typography.Text>
        </>
      ),
    },
    ...(everyone
      ? [
          {
            key: 'user',
            title: t('tokens.fields.user'),
            dataIndex: 'user_email',
          } satisfies ColumnType<ApiToken>,
        ]
      : []),
    {
      key: 'permissions',
      title: t('tokens.fields.permissions'),
      responsive: ['md'],
      render: (_, token) => <Permissions permissions={token.permissions} />,
    },
    {
      key: 'status',
      title: t('tokens.fields.status'),
      render: (_, token) => <TokenStatusTag status={token.status} />,
    },
    {
      key: 'expires',
      title: t('tokens.fields.expiresOn'),
      render: (_, token) => formatDate(lastValidDay(token.expires_at), language),
    },
    {
      key: 'used',
      title: t('tokens.fields.lastUsed'),
      responsive: ['lg'],
      render: (_, token) =>
        token.last_used_at ? (
          formatDateTime(token.last_used_at, language)
        ) : (
          <Typography.Text type="secondary">{t('tokens.neverUsed')}</Typography.Text>
        ),
    },
    {
      key: 'created',
      title: t('tokens.fields.created'),
      responsive: ['lg'],
      render: (_, token) => formatDateTime(token.created_at, language),
    },
    {
      key: 'actions',
      align: 'right',
      width: 56,
      render: (_, token) =>
        token.status === 'active' &&
        can('token.delete') && (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: token.name })}
            description={t('tokens.revokeDetail')}
            okText={t('tokens.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onRevoke(token)}
          >
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              title={t('tokens.revoke')}
              aria-label={t('tokens.revokeOne', { name: token.name })}
            />
          </Popconfirm>
        ),
    },
  ];

  const onTableChange = (pagination: TablePaginationConfig) => {
    if ((pagination.current ?? 1) > pages.page && list.data?.next_cursor) pages.next(list.data.next_cursor);
    else if ((pagination.current ?? 1) < pages.page) pages.previous();
  };

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{t('tokens.title')}</Typography.Title>
          <Typography.Text type="secondary">
            {t(everyone ? 'tokens.subtitleAll' : 'tokens.subtitle')}
          </Typography.Text>
        </div>
        <Space wrap>
          <ExportButton path="/api/v1/tokens/export" query={query} />
          {can('token.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('tokens.create')}
            </Button>
          )}
        </Space>
      </div>
      <Space wrap size={[12, 12]} className="filters">
        <Select<TokenStatus[]>
          mode="multiple"
          allowClear
          className="filter-status"
          aria-label={t('tokens.fields.status')}
          placeholder={t('tokens.fields.status')}
          value={statuses}
          onChange={(next) => setParams(next.length > 0 ? { status: next.join(',') } : {})}
          options={TOKEN_STATUSES.map((status) => ({ value: status, label: t(`tokens.status.${status}`) }))}
        />
      </Space>
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<ApiToken>
          className="tokens-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
          pagination={listPagination(t, {
            page: pages.page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            hideOnSinglePage: true,
          })}
          locale={{ emptyText: listEmpty(t, { pending: list.isPending, description: t('tokens.empty') }) }}
        />
      )}
      {creating && me && (
        <TokenForm
          me={me}
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      )}
      {created && (
        <SecretModal
          title={t('tokens.secretTitle', { name: created.token.name })}
          description={t('tokens.secretDetail')}
          secret={created.secret}
          onClose={() => setCreated(null)}
        />
      )}
    </>
  );
}
