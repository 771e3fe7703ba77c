import { EditOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { listEmpty } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { currentLanguage } from '../i18n/i18n';
import { label as labelIn, useTaxonomy } from '../organisations/taxonomy';
import { ExportButton } from '../transfer/ExportButton';
import { usePatchClass, type TaxonomyClass } from './api';
import { ClassForm } from './ClassForm';
import { classRows, type ClassRow } from './classRows';

const PAGE_SIZE = 50;

type Dialog = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; item: TaxonomyClass };

/** The administrators' view of the taxonomy: every live class with its use, and the classes of their own. */
export function TaxonomyPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const group = params.get('group') ?? undefined;
  const taxonomy = useTaxonomy();
  const archive = usePatchClass();
  const [dialog, setDialog] = useState<Dialog>({ mode: 'closed' });
  usePageTitle(t('taxonomy.title'));

  const groups = taxonomy.data?.groups ?? [];
  const rows = useMemo(() => classRows(groups, language, text, group), [groups, language, text, group]);
  const change = (next: { q?: string; group?: string }) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };

  const confirmArchive = (item: TaxonomyClass) =>
    modal.confirm({
      title: t('taxonomy.archive.confirm', { label: labelIn(item, language) }),
      content: t('taxonomy.archive.detail'),
      okText: t('taxonomy.archive.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        archive.mutateAsync({ item, patch: { archived: true } }).then(
          () => void message.success(t('taxonomy.archive.done')),
          (error: unknown) =>
            void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'), 8),
        ),
    });

  const columns: ColumnsType<ClassRow> = [
    {
      key: 'label',
      title: t('taxonomy.columns.class'),
      render: (_, row) => (
        <>
          <div>{labelIn(row, language)}</div>
          <Typography.Text type="secondary" className="secondary-line">
            {labelIn(row, language === 'ru' ? 'en' : 'ru')} · <code>{row.id}</code>
          </Typography.Text>
        </>
      ),
    },
    { key: 'group', title: t('taxonomy.columns.group'), dataIndex: 'group_label', responsive: ['md'] },
    {
      key: 'synonyms',
      title: t('taxonomy.columns.synonyms'),
      responsive: ['lg'],
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {[...(language === 'ru' ? row.synonyms_ru : row.synonyms_en)].map((synonym) => (
            <Tag key={synonym}>{synonym}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'origin',
      title: t('taxonomy.columns.origin'),
      render: (_, row) => (
        <Tag color={row.origin === 'custom' ? 'purple' : undefined}>{t(`taxonomy.origin.${row.origin}`)}</Tag>
      ),
    },
    {
      key: 'used',
      title: t('taxonomy.columns.used'),
      align: 'right',
      render: (_, row) => row.used ?? 0,
    },
    {
      key: 'actions',
      align: 'right',
      width: 96,
      render: (_, row) => {
        const label = labelIn(row, language);
        const why =
          row.origin === 'reference'
            ? t('taxonomy.archive.reference')
            : (row.used ?? 0) > 0
              ? t('taxonomy.archive.inUse', { count: row.used })
              : undefined;
        return (
          <Space size={0}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={t('taxonomy.edit', { label })}
              title={t('taxonomy.edit', { label })}
              onClick={() => setDialog({ mode: 'edit', item: row })}
            />
            <Tooltip title={why ?? t('taxonomy.archive.open', { label })}>
              <Button
                type="text"
                icon={<InboxOutlined />}
                aria-label={t('taxonomy.archive.open', { label })}
                disabled={Boolean(why)}
                onClick={() => confirmArchive(row)}
              />
            </Tooltip>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{t('taxonomy.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('taxonomy.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <ExportButton path="/api/v1/taxonomy/export" query={{ q: text || undefined, group }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create' })}>
            {t('taxonomy.create')}
          </Button>
        </Space>
      </div>
      <Space wrap size={[12, 12]} className="filters">
        <Input.Search
          key={text}
          allowClear
          className="filter-text"
          aria-label={t('taxonomy.search')}
          placeholder={t('taxonomy.search')}
          defaultValue={text}
          onSearch={(value) => change({ q: value.trim() })}
        />
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          className="filter-group"
          aria-label={t('taxonomy.columns.group')}
          placeholder={t('taxonomy.columns.group')}
          value={group}
          onChange={(value) => change({ group: value })}
          options={groups.map((each) => ({ value: each.id, label: labelIn(each, language) }))}
          popupMatchSelectWidth={false}
        />
        {(text || group) && (
          <Button type="link" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('taxonomy.reset')}
          </Button>
        )}
      </Space>
      {taxonomy.isError ? (
        <ProblemAlert error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />
      ) : (
        <Table<ClassRow>
          className="taxonomy-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={taxonomy.isPending}
          pagination={{ pageSize: PAGE_SIZE, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{
            emptyText: listEmpty(t, {
              pending: taxonomy.isPending,
              description: t(text || group ? 'taxonomy.emptyFiltered' : 'taxonomy.empty'),
              onResetFilters:
                text || group ? () => setParams(new URLSearchParams(), { replace: true }) : undefined,
            }),
          }}
        />
      )}
      {dialog.mode !== 'closed' && (
        <ClassForm
          groups={groups}
          item={dialog.mode === 'edit' ? dialog.item : undefined}
          onClose={() => setDialog({ mode: 'closed' })}
        />
      )}
    </>
  );
}
