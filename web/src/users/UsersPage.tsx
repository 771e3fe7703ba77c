import {
  CheckCircleOutlined,
  EditOutlined,
  KeyOutlined,
  MoreOutlined,
  PlusOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, ColumnType, SorterResult, TablePaginationConfig } from 'antd/es/table/interface';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ExportButton } from '../transfer/ExportButton';
import { ProblemError } from '../api/problem';
import type { Role, User, UserWithPassword } from '../api/types';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { SearchInput } from '../app/SearchInput';
import { SecretModal } from '../app/SecretModal';
import { useCursorPages } from '../app/useCursorPages';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { ROLES } from '../auth/permissions';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { usePatchUser, useResetPassword, useUserList } from './api';
import { RoleTag } from './RoleTag';
import {
  hasUserFilters,
  parseUserListQuery,
  toUserApiQuery,
  toUserSearchParams,
  USER_PAGE_SIZES,
  USER_STATUSES,
  type UserListQuery,
  type UserSortField,
  type UserStatus,
} from './userListQuery';
import { UserForm } from './UserForm';
import { UserScope } from './UserScope';

type Dialog = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; user: User };
interface Secret {
  title: string;
  description: string;
  secret: string;
}

function UserStatusTags({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap>
      {user.active ? (
        <Tag color="green" bordered={false}>
          {t('users.status.active')}
        </Tag>
      ) : (
        <Tag color="red" bordered={false}>
          {t('users.status.disabled')}
        </Tag>
      )}
      {user.must_change_password && (
        <Tooltip title={t('users.status.oneTimeHint')}>
          <Tag color="orange" bordered={false}>
            {t('users.status.oneTime')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message, modal } = App.useApp();
  const { me, can } = useAuth();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseUserListQuery(params), [params]);
  const pages = useCursorPages(toUserSearchParams(query).toString());
  const apiQuery = toUserApiQuery(query, pages.cursor);
  const list = useUserList(apiQuery);
  const patch = usePatchUser();
  const reset = useResetPassword();
  const [dialog, setDialog] = useState<Dialog>({ mode: 'closed' });
  const [secret, setSecret] = useState<Secret | null>(null);
  usePageTitle(t('users.title'));

  const change = useCallback(
    (next: Partial<UserListQuery>, options?: { replace: boolean }) =>
      setParams(toUserSearchParams({ ...query, ...next }), { replace: options?.replace }),
    [query, setParams],
  );
  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => change({ q }, options),
    [change],
  );

  const failed = (error: Error) =>
    void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'));

  const setActive = (user: User, active: boolean) =>
    patch.mutate(
      { user, patch: { active } },
      {
        onSuccess: () =>
          void message.success(t(active ? 'users.enabled' : 'users.disabled', { email: user.email })),
        onError: (error) =>
          error instanceof ProblemError && error.status === 409
            ? void message.warning(t('users.conflict'))
            : failed(error),
      },
    );

  const confirmActive = (user: User, active: boolean) =>
    modal.confirm({
      title: t(active ? 'users.enableConfirm' : 'users.disableConfirm', { email: user.email }),
      content: active ? undefined : t('users.disableDetail'),
      okText: t(active ? 'users.enable' : 'users.disable'),
      okButtonProps: { danger: !active },
      cancelText: t('common.cancel'),
      onOk: () => setActive(user, active),
    });

  const confirmReset = (user: User) =>
    modal.confirm({
      title: t('users.resetConfirm', { email: user.email }),
      content: t('users.resetDetail'),
      okText: t('users.reset'),
      cancelText: t('common.cancel'),
      onOk: () => resetPassword(user),
    });

  const resetPassword = (user: User) =>
    reset.mutate(user, {
      onSuccess: ({ one_time_password }) =>
        setSecret({
          title: t('users.passwordResetTitle'),
          description: t('users.passwordResetDetail', { email: user.email }),
          secret: one_time_password,
        }),
      onError: failed,
    });

  const onCreated = ({ user, one_time_password }: UserWithPassword) => {
    setDialog({ mode: 'closed' });
    void message.success(t('users.created', { email: user.email }));
    setSecret({
      title: t('users.createdTitle'),
      description: t('users.createdDetail', { email: user.email }),
      secret: one_time_password,
    });
  };

  const sortable = (field: UserSortField): ColumnType<User> => ({
    key: field,
    sorter: true,
    sortOrder: query.sort.field === field ? (query.sort.descending ? 'descend' : 'ascend') : null,
    sortDirections: ['ascend', 'descend'],
  });

  const editable = can('user.update');
  const columns: ColumnsType<User> = [
    {
      ...sortable('email'),
      title: t('users.fields.email'),
      render: (_, user) => (
        <>
          <div>{user.email}</div>
          {user.id === me?.user.id && (
            <Typography.Text type="secondary" className="secondary-line">
              {t('users.you')}
            </Typography.Text>
          )}
        </>
      ),
    },
    { ...sortable('display_name'), title: t('users.fields.displayName'), dataIndex: 'display_name' },
    { ...sortable('role'), title: t('users.fields.role'), render: (_, user) => <RoleTag role={user.role} /> },
    {
      key: 'scope',
      title: t('users.fields.scope'),
      responsive: ['lg'],
      render: (_, user) => <UserScope user={user} />,
    },
    { key: 'status', title: t('users.fields.status'), render: (_, user) => <UserStatusTags user={user} /> },
    {
      ...sortable('last_login_at'),
      title: t('users.fields.lastLogin'),
      responsive: ['md'],
      render: (_, user) =>
        user.last_login_at ? (
          formatDateTime(user.last_login_at, language)
        ) : (
          <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
        ),
    },
    ...(editable
      ? [
          {
            key: 'actions',
            align: 'right',
            width: 96,
            render: (_: unknown, user: User) => (
              <Space size={0}>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  title={t('common.edit')}
                  aria-label={t('users.editOne', { email: user.email })}
                  onClick={() => setDialog({ mode: 'edit', user })}
                />
                {/* Nobody disables or resets themselves here: that would lock the admin out. */}
                {user.id !== me?.user.id && (
                  <Dropdown
                    trigger={['click']}
                    placement="bottomRight"
                    menu={{
                      items: [
                        user.active
                          ? {
                              key: 'disable',
                              icon: <StopOutlined aria-hidden />,
                              label: t('users.disable'),
                              danger: true,
                            }
                          : {
                              key: 'enable',
                              icon: <CheckCircleOutlined aria-hidden />,
                              label: t('users.enable'),
                            },
                        { key: 'reset', icon: <KeyOutlined aria-hidden />, label: t('users.reset') },
                      ],
                      onClick: ({ key }) =>
                        key === 'reset' ? confirmReset(user) : confirmActive(user, key === 'enable'),
                    }}
                  >
                    <Button
                      type="text"
                      icon={<MoreOutlined />}
                      title={t('users.more')}
                      aria-label={t('users.moreOne', { email: user.email })}
                    />
                  </Dropdown>
                )}
              </Space>
            ),
          } satisfies ColumnType<User>,
        ]
      : []),
  ];

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<User> | SorterResult<User>[],
    { action }: { action: 'paginate' | 'sort' | 'filter' },
  ) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      const field = sorter.order ? (sorter.columnKey as UserSortField) : 'email';
      change({ sort: { field, descending: sorter.order === 'descend' } });
    } else if (action === 'paginate') {
      if (pagination.pageSize && pagination.pageSize !== query.limit) change({ limit: pagination.pageSize });
      else if ((pagination.current ?? 1) > pages.page && list.data?.next_cursor)
        pages.next(list.data.next_cursor);
      else if ((pagination.current ?? 1) < pages.page) pages.previous();
    }
  };

  const clearFilters = () => change({ q: '', roles: [], statuses: [] });

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{t('users.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('users.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <ExportButton path="/api/v1/users/export" query={apiQuery} />
          {can('user.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })}>
              {t('users.create')}
            </Button>
          )}
        </Space>
      </div>
      <Space wrap size={[12, 12]} className="filters">
        <SearchInput
          className="filter-search"
          label={t('users.filters.search')}
          placeholder={t('users.filters.searchPlaceholder')}
          value={query.q}
          onChange={onSearch}
        />
        <Select<Role[]>
          mode="multiple"
          allowClear
          className="filter-roles"
          aria-label={t('users.filters.role')}
          placeholder={t('users.filters.role')}
          value={query.roles}
          onChange={(roles) => change({ roles })}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <Select<UserStatus[]>
          mode="multiple"
          allowClear
          className="filter-status"
          aria-label={t('users.filters.status')}
          placeholder={t('users.filters.status')}
          value={query.statuses}
          onChange={(statuses) => change({ statuses })}
          options={USER_STATUSES.map((status) => ({ value: status, label: t(`users.status.${status}`) }))}
        />
        {hasUserFilters(query) && (
          <Button type="link" onClick={clearFilters}>
            {t('countries.filters.reset')}
          </Button>
        )}
      </Space>
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<User>
          className="users-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          onChange={onTableChange}
          showSorterTooltip={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(user) => (user.active ? '' : 'row-disabled')}
          pagination={listPagination(t, {
            page: pages.page,
            pageSize: query.limit,
            total: list.data?.total ?? 0,
            sizes: USER_PAGE_SIZES,
          })}
          locale={{
            emptyText: listEmpty(t, {
              pending: list.isPending,
              description: t('users.empty'),
              onResetFilters: hasUserFilters(query) ? clearFilters : undefined,
            }),
          }}
        />
      )}
      {dialog.mode !== 'closed' && (
        <UserForm
          user={dialog.mode === 'edit' ? dialog.user : undefined}
          onCreated={onCreated}
          onClose={() => setDialog({ mode: 'closed' })}
        />
      )}
      {secret && <SecretModal {...secret} onClose={() => setSecret(null)} />}
    </>
  );
}
