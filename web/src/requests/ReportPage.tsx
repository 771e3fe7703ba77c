import { Breadcrumb, Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ExportButton } from '../transfer/ExportButton';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useCountryNames } from '../organisations/useCountryNames';
import { useRequestsReport, useRequestTypes } from './api';
import { ReportFigures } from './ReportFigures';
import { ReportFilters } from './ReportFilters';
import {
  currentYear,
  drillDownUrl,
  parseReportQuery,
  rowKey,
  toReportApiQuery,
  toReportSearchParams,
  type Measure,
  type ReportFilters as Filters,
  type ReportGroup,
} from './reportQuery';
import {
  chartData,
  chartHeight,
  nestRows,
  rowId,
  sortRows,
  type ReportTableRow,
  type Segment,
} from './reportRows';
import { ReportTable } from './ReportTable';
import './requests.css';
import { isStaff } from './scope';
import type { RequestsReportRow } from './types';

// ECharts is most of the page's weight: loaded beside the data, the figures do not wait for it.
const ReportChart = lazy(() => import('./ReportChart'));

const MEASURE_OF: Record<Segment, Measure> = {
  on_time: 'resolved',
  late: 'resolved',
  declined: 'declined',
  cancelled: 'cancelled',
  open: 'open',
};

/** /requests/report: how the requests of a period went, by country, type or assignee. */
export function ReportPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { me } = useAuth();
  const staff = isStaff(me);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // The default period is the year of the day the page opened, not of each render.
  const today = useMemo(() => new Date(), []);
  const filters = useMemo(() => parseReportQuery(params, today), [params, today]);
  const { nameOf } = useCountryNames();
  const types = useRequestTypes();
  const title = t('requests.report.title');
  usePageTitle(title);

  // The total apart from the rows: it stays put while the grouping changes.
  const total = useRequestsReport(toReportApiQuery(filters));
  const grouped = useRequestsReport(toReportApiQuery(filters, filters.group));
  const byCountryType = useRequestsReport(toReportApiQuery(filters, 'country,type'), {
    enabled: filters.group === 'country',
  });

  const change = useCallback(
    (next: Partial<Filters>) => setParams(toReportSearchParams({ ...filters, ...next }, today)),
    [filters, setParams, today],
  );

  const labelOf = useCallback(
    (row: RequestsReportRow) => {
      if (row.assignee !== undefined) return row.assignee?.display_name ?? t('requests.unassigned');
      if (row.type !== undefined) {
        const type = types.data?.find((each) => each.code === row.type);
        return (type && localName(type, language)) || row.type;
      }
      if (row.country !== undefined) return nameOf(row.country);
      return t('requests.report.total');
    },
    [nameOf, types.data, language, t],
  );

  const rows: ReportTableRow[] = useMemo(() => {
    const top = grouped.data?.rows ?? [];
    if (filters.group !== 'country') {
      return sortRows(top, labelOf, language).map((row) => ({ ...row, key: rowId(row) }));
    }
    return nestRows(top, byCountryType.data?.rows ?? [], (child) => `c:${child.country}`, labelOf, language);
  }, [grouped.data, byCountryType.data, filters.group, labelOf, language]);
  const chart = useMemo(() => chartData(rows, labelOf), [rows, labelOf]);
  const openSegment = useCallback(
    (index: number, segment: Segment) => {
      const row = rows[index];
      if (row) navigate(drillDownUrl(filters, rowKey(row), MEASURE_OF[segment]));
    },
    [rows, filters, navigate],
  );

  const groups: ReportGroup[] = staff ? ['country', 'type', 'assignee'] : ['country', 'type'];
  const filtered = filters.countries.length > 0 || filters.type !== undefined;
  const error = total.error ?? grouped.error ?? byCountryType.error;
  const retry = () => {
    void total.refetch();
    void grouped.refetch();
    if (filters.group === 'country') void byCountryType.refetch();
  };

  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/requests">{staff ? t('requests.title') : t('requests.titleCompany')}</Link> },
          { title },
        ]}
      />
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">{t('requests.report.subtitle')}</Typography.Text>
        </div>
        <ExportButton
          path="/api/v1/reports/requests/export"
          query={toReportApiQuery(filters, filters.group)}
        />
      </div>
      <ReportFilters
        filters={filters}
        today={today}
        groups={groups}
        onChange={change}
        onReset={
          filtered || params.has('from')
            ? () => change({ ...currentYear(today), countries: [], type: undefined })
            : undefined
        }
      />
      {error && <ProblemAlert error={error} onRetry={retry} />}
      <ReportFigures total={total.data?.total} loading={total.isPending} />
      {grouped.data && rows.length === 0 ? (
        <Card>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t(filtered ? 'requests.report.emptyFiltered' : 'requests.report.empty')}
          >
            {filtered && (
              <Button onClick={() => change({ countries: [], type: undefined })}>
                {t('countries.filters.reset')}
              </Button>
            )}
          </Empty>
        </Card>
      ) : (
        <Space direction="vertical" size={16} className="full-width report-body">
          <Card size="small" title={t(`requests.report.chartTitle.${filters.group}`)}>
            <Suspense fallback={<Skeleton.Node active className="report-chart-placeholder" />}>
              {grouped.data ? (
                <ReportChart data={chart} onOpen={openSegment} />
              ) : (
                <div style={{ height: chartHeight(3) }} />
              )}
            </Suspense>
          </Card>
          <Card size="small" title={t(`requests.report.tableTitle.${filters.group}`)}>
            <ReportTable
              filters={filters}
              rows={rows}
              total={total.data?.total}
              labelOf={labelOf}
              loading={grouped.isFetching || byCountryType.isFetching}
            />
            <Typography.Paragraph type="secondary" className="secondary-line report-hint">
              {t('requests.report.drillHint')}
            </Typography.Paragraph>
          </Card>
        </Space>
      )}
    </>
  );
}
