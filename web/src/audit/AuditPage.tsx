import { ExportOutlined } from '@ant-design/icons';
import { Button, DatePicker, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ExportButton } from '../transfer/ExportButton';
import type { AuditEntry } from '../api/types';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { SearchInput } from '../app/SearchInput';
import { useCursorPages } from '../app/useCursorPages';
import { usePageTitle } from '../app/usePageTitle';
import { datePickerFormats, formatInstant } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useAuditList } from './api';
import { AuditActionTag, useActionLabel, useEntityLabel } from './AuditActionTag';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  hasAuditFilters,
  parseAuditFilters,
  toAuditApiQuery,
  toAuditSearchParams,
  type AuditFilters,
} from './auditQuery';
import { diffRows } from './diff';
import { DiffTable } from './DiffTable';

const PAGE_SIZE = 50;

/** The user id filter: typed freely, applied on Enter or on leaving the field. */
function UserFilter({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (user: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<number | null>(value ?? null);
  useEffect(() => setTyped(value ?? null), [value]);
  const apply = () => {
    const next = typed && typed > 0 ? typed : undefined;
    if (next !== value) onChange(next);
  };
  return (
    <InputNumber<number>
      className="filter-user"
      min={1}
      precision={0}
      aria-label={t('audit.filters.user')}
      placeholder={t('audit.filters.user')}
      value={typed}
      onChange={setTyped}
      onPressEnter={apply}
      onBlur={apply}
    />
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAuditFilters(params), [params]);
  const pages = useCursorPages(toAuditSearchParams(filters).toString());
  const apiQuery = toAuditApiQuery(filters, PAGE_SIZE, pages.cursor);
  const list = useAuditList(apiQuery);
  const actionLabel = useActionLabel();
  const entityLabel = useEntityLabel();
  usePageTitle(t('audit.title'));

  const change = useCallback(
    (next: Partial<AuditFilters>, options?: { replace: boolean }) =>
      setParams(toAuditSearchParams({ ...filters, ...next }), { replace: options?.replace }),
    [filters, setParams],
  );
  const onRecordSearch = useCallback(
    (id: string, options: { replace: boolean }) => change({ id: id || undefined }, options),
    [change],
  );

  const columns: ColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: t('audit.columns.at'),
      width: 200,
      render: (_, entry) => <span className="nowrap">{formatInstant(entry.at, language)}</span>,
    },
    {
      key: 'user',
      title: t('audit.columns.user'),
      render: (_, entry) => {
        const { user } = entry;
        if (!user) return <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>;
        return (
          <>
            <Button
              type="link"
              size="small"
              className="link-button"
              title={t('audit.filterByUser')}
              onClick={() => change({ user: user.id })}
            >
              {user.display_name || user.email}
            </Button>
            {user.display_name && (
              <div>
                <Typography.Text type="secondary" className="secondary-line">
                  {user.email}
                </Typography.Text>
              </div>
            )}
          </>
        );
      },
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, entry) => <AuditActionTag action={entry.action} />,
    },
    {
      key: 'record',
      title: t('audit.columns.record'),
      render: (_, entry) => (
        <Space size={4}>
          <span>{entityLabel(entry.entity)}</span>
          <Button
            type="link"
            size="small"
            className="link-button"
            title={t('audit.filterByRecord')}
            onClick={() => change({ entity: entry.entity, id: entry.entity_id })}
          >
            {entry.entity_id}
          </Button>
          {entry.entity === 'country' && (
            <Link
              to={`/countries/${encodeURIComponent(entry.entity_id)}`}
              aria-label={t('audit.openCountry', { code: entry.entity_id })}
              title={t('audit.openCountry', { code: entry.entity_id })}
            >
              <ExportOutlined />
            </Link>
          )}
        </Space>
      ),
    },
    {
      key: 'client',
      title: t('audit.columns.client'),
      responsive: ['lg'],
      render: (_, entry) => <Typography.Text type="secondary">{entry.client_address}</Typography.Text>,
    },
    {
      key: 'request',
      title: t('audit.columns.request'),
      responsive: ['xl'],
      render: (_, entry) => (
        <Typography.Text type="secondary" copyable={{ text: entry.request_id }}>
          <code>{entry.request_id}</code>
        </Typography.Text>
      ),
    },
  ];

  const onTableChange = (pagination: TablePaginationConfig) => {
    if ((pagination.current ?? 1) > pages.page && list.data?.next_cursor) pages.next(list.data.next_cursor);
    else if ((pagination.current ?? 1) < pages.page) pages.previous();
  };

  const clear = () => setParams(new URLSearchParams());
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    filters.from ? dayjs(filters.from) : null,
    filters.to ? dayjs(filters.to) : null,
  ];

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{t('audit.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('audit.subtitle')}</Typography.Text>
        </div>
        <ExportButton path="/api/v1/audit/export" query={apiQuery} />
      </div>
      <Space wrap size={[12, 12]} className="filters">
        <Select<string>
          allowClear
          className="filter-entity"
          aria-label={t('audit.filters.entity')}
          placeholder={t('audit.filters.entity')}
          value={filters.entity}
          onChange={(entity) => change({ entity: entity || undefined, id: undefined })}
          options={AUDIT_ENTITIES.map((entity) => ({ value: entity, label: entityLabel(entity) }))}
        />
        <SearchInput
          className="filter-record"
          label={t('audit.filters.record')}
          placeholder={t('audit.filters.record')}
          value={filters.id ?? ''}
          onChange={onRecordSearch}
          disabled={!filters.entity}
        />
        <UserFilter value={filters.user} onChange={(user) => change({ user })} />
        <Select<string[]>
          mode="tags"
          allowClear
          className="filter-actions"
          aria-label={t('audit.filters.action')}
          placeholder={t('audit.filters.action')}
          value={filters.actions}
          onChange={(actions) => change({ actions })}
          options={AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) }))}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          format={datePickerFormats(language)}
          aria-label={t('audit.filters.dates')}
          placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
          value={range}
          onChange={(dates) =>
            change({ from: dates?.[0]?.format('YYYY-MM-DD'), to: dates?.[1]?.format('YYYY-MM-DD') })
          }
        />
        {hasAuditFilters(filters) && (
          <Button type="link" onClick={clear}>
            {t('countries.filters.reset')}
          </Button>
        )}
      </Space>
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<AuditEntry>
          className="audit-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (entry) => <DiffTable diff={entry.diff} />,
            rowExpandable: (entry) => diffRows(entry.diff).length > 0,
          }}
          pagination={listPagination(t, {
            page: pages.page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
          })}
          locale={{
            emptyText: listEmpty(t, {
              pending: list.isPending,
              description: t('audit.empty'),
              onResetFilters: hasAuditFilters(filters) ? clear : undefined,
            }),
          }}
        />
      )}
    </>
  );
}
