import { Button, Card, Col, DatePicker, Row, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { listEmpty, listPagination } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { useCursorPages } from '../app/useCursorPages';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { datePickerFormats, formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useFxRates } from './api';
import './fx.css';
import { FxConverter } from './FxConverter';
import { FxImport } from './FxImport';
import {
  hasRateFilters,
  parseRateFilters,
  toRateSearchParams,
  toRatesApiQuery,
  type RateFilters,
} from './fxQuery';
import { currencyName, currencyOptions, formatRate } from './money';
import type { FxRate } from './types';

const PAGE_SIZE = 50;

/** /admin/fx: the dated exchange rates, their import and a converter. */
export function FxPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseRateFilters(params), [params]);
  const pages = useCursorPages(toRateSearchParams(filters).toString());
  const list = useFxRates(toRatesApiQuery(filters, PAGE_SIZE, pages.cursor));
  const currencies = useMemo(() => currencyOptions(language), [language]);
  usePageTitle(t('fx.title'));

  const change = useCallback(
    (next: Partial<RateFilters>) => setParams(toRateSearchParams({ ...filters, ...next }), { replace: true }),
    [filters, setParams],
  );
  const clear = () => setParams(new URLSearchParams(), { replace: true });

  const columns: ColumnsType<FxRate> = [
    {
      key: 'date',
      title: t('fx.columns.date'),
      render: (_, rate) => <span className="nowrap">{formatDate(rate.date, language)}</span>,
    },
    {
      key: 'currency',
      title: t('fx.columns.currency'),
      render: (_, rate) => (
        <>
          <strong>{rate.currency}</strong>{' '}
          <Typography.Text type="secondary" className="secondary-line">
            {currencyName(rate.currency, language)}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'nominal',
      title: t('fx.columns.nominal'),
      align: 'right',
      render: (_, rate) => new Intl.NumberFormat(language).format(rate.nominal),
    },
    {
      key: 'rate',
      title: t('fx.columns.rate'),
      align: 'right',
      render: (_, rate) => <span className="fx-rate">{formatRate(rate.rate, language)}</span>,
    },
    {
      key: 'source',
      title: t('fx.columns.source'),
      responsive: ['md'],
      render: (_, rate) => <Typography.Text type="secondary">{rate.source}</Typography.Text>,
    },
  ];

  const onTableChange = (pagination: TablePaginationConfig) => {
    if ((pagination.current ?? 1) > pages.page && list.data?.next_cursor) pages.next(list.data.next_cursor);
    else if ((pagination.current ?? 1) < pages.page) pages.previous();
  };
  const filtered = hasRateFilters(filters);
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    filters.from ? dayjs(filters.from) : null,
    filters.to ? dayjs(filters.to) : null,
  ];

  return (
    <>
      <div className="page-heading">
        <Typography.Title level={2}>{t('fx.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('fx.subtitle')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card size="small" title={t('fx.rates')} className="fx-rates-card">
            <Space wrap size={[12, 12]} className="filters">
              <Select<string>
                allowClear
                showSearch
                optionFilterProp="label"
                className="filter-currency"
                aria-label={t('fx.filters.currency')}
                placeholder={t('fx.filters.currency')}
                value={filters.currency}
                onChange={(currency) => change({ currency: currency || undefined })}
                options={currencies}
                popupMatchSelectWidth={false}
              />
              <DatePicker.RangePicker
                allowEmpty={[true, true]}
                format={datePickerFormats(language)}
                aria-label={t('fx.filters.dates')}
                placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
                value={range}
                onChange={(dates) =>
                  change({ from: dates?.[0]?.format('YYYY-MM-DD'), to: dates?.[1]?.format('YYYY-MM-DD') })
                }
              />
              {filtered && (
                <Button type="link" onClick={clear}>
                  {t('countries.filters.reset')}
                </Button>
              )}
            </Space>
            {list.isError ? (
              <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
            ) : (
              <Table<FxRate>
                className="fx-rates-table"
                data-testid="fx-rates"
                rowKey={(rate) => `${rate.currency}|${rate.date}`}
                size="small"
                columns={columns}
                dataSource={list.data?.items}
                loading={list.isFetching}
                onChange={onTableChange}
                pagination={listPagination(t, {
                  page: pages.page,
                  pageSize: PAGE_SIZE,
                  total: list.data?.total ?? 0,
                  hideOnSinglePage: true,
                })}
                locale={{
                  emptyText: listEmpty(t, {
                    pending: list.isPending,
                    description: t(
                      filtered ? 'fx.emptyFiltered' : can('fx.create') ? 'fx.emptyImport' : 'fx.empty',
                    ),
                    onResetFilters: filtered ? clear : undefined,
                  }),
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size={16} className="full-width fx-side">
            <FxConverter />
            {can('fx.create') && <FxImport />}
          </Space>
        </Col>
      </Row>
    </>
  );
}
