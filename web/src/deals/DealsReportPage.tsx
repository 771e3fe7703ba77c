import { Breadcrumb, Card, Col, Empty, Row, Space, Statistic, Tabs, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ExportButton } from '../transfer/ExportButton';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { formatMoney } from '../fx/money';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useCountryNames } from '../organisations/useCountryNames';
import { usePipelineReport, useWinsReport } from './api';
import './deals.css';
import { MissingRatesAlert } from './MissingRatesAlert';
import { PipelineTable } from './PipelineTable';
import { ReportFilters } from './ReportFilters';
import {
  isFiltered,
  parseReportState,
  toPipelineQuery,
  toReportSearchParams,
  toWinsQuery,
  type ReportState,
  type ReportTab,
} from './reportQuery';
import {
  amountIn,
  chartHeight,
  nestPipeline,
  pipelineChart,
  sortWins,
  winsChart,
  winsTotal,
} from './reportRows';
import type { PipelineRow, WinsRow } from './types';
import { useDealsTitle } from './useDealsTitle';
import { useStageName } from './useStageName';
import { WinsTable } from './WinsTable';

// ECharts is most of the page's weight: loaded beside the data, the figures do not wait for it.
const ReportChart = lazy(() => import('./ReportChart'));

const PIPELINE_COLORS = { value: '#1668dc', weighted: '#52c41a' };
const WINS_COLORS = { confirmed: '#52c41a', unconfirmed: '#faad14' };

function Figure({ title, value, testId }: { title: string; value: ReactNode; testId: string }) {
  return (
    <Col xs={12} md={6}>
      <Card size="small" className="figure">
        <Statistic title={title} valueRender={() => <span data-testid={testId}>{value}</span>} />
      </Card>
    </Col>
  );
}

function ChartFallback({ rows }: { rows: number }) {
  return <div style={{ height: chartHeight(rows) }} />;
}

/** The open deals by stage or country: count, value and value weighted by the stage's probability. */
function PipelineSection({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { nameOf: countryName } = useCountryNames();
  const { nameOf } = useStageName();
  const top = usePipelineReport(toPipelineQuery(state, state.pipelineGroup));
  const detail = usePipelineReport(toPipelineQuery(state, 'stage,country'));

  const labelOf = useCallback(
    (row: PipelineRow) => {
      // A nested row is named by the dimension its parent is not.
      if (row.stage !== null && row.country !== null)
        return state.pipelineGroup === 'stage' ? countryName(row.country) : nameOf(row.stage);
      if (row.stage !== null) return nameOf(row.stage);
      if (row.country !== null) return countryName(row.country);
      return t('deals.report.total');
    },
    [state.pipelineGroup, countryName, nameOf, t],
  );
  const rows = useMemo(
    () => nestPipeline(top.data?.rows ?? [], detail.data?.rows ?? [], state.pipelineGroup, labelOf, language),
    [top.data, detail.data, state.pipelineGroup, labelOf, language],
  );
  const chart = useMemo(() => pipelineChart(rows, state.currency, labelOf), [rows, state.currency, labelOf]);
  const names = useMemo(
    () => ({ value: t('deals.report.measures.value'), weighted: t('deals.report.measures.weighted') }),
    [t],
  );
  const total = top.data?.total;
  const money = (row: PipelineRow | undefined, measure: 'value' | 'weighted') =>
    row ? formatMoney(amountIn(row[measure], state.currency), language) : '—';

  return (
    <Space direction="vertical" size={16} className="full-width">
      {(top.error || detail.error) && (
        <ProblemAlert
          error={top.error ?? detail.error}
          onRetry={() => {
            void top.refetch();
            void detail.refetch();
          }}
        />
      )}
      <MissingRatesAlert rates={top.data?.missing_rates ?? []} />
      <Row gutter={[16, 16]}>
        <Figure
          title={t('deals.report.measures.deals')}
          value={total?.deals ?? '—'}
          testId="pipeline-deals"
        />
        <Figure
          title={t('deals.report.measures.value')}
          value={money(total, 'value')}
          testId="pipeline-value"
        />
        <Figure
          title={t('deals.report.measures.weighted')}
          value={money(total, 'weighted')}
          testId="pipeline-weighted"
        />
        <Figure
          title={t('deals.report.measures.unvalued')}
          value={total?.unvalued ?? '—'}
          testId="pipeline-unvalued"
        />
      </Row>
      {top.data && rows.length === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deals.report.pipelineEmpty')} />
        </Card>
      ) : (
        <>
          <Card size="small" title={t(`deals.report.pipelineChart.${state.pipelineGroup}`)}>
            <Suspense fallback={<ChartFallback rows={rows.length} />}>
              {top.data ? (
                <ReportChart
                  data={chart}
                  names={names}
                  colors={PIPELINE_COLORS}
                  stacked={false}
                  label={t('deals.report.pipelineChartLabel')}
                  testId="pipeline-chart"
                />
              ) : (
                <ChartFallback rows={3} />
              )}
            </Suspense>
            {top.data && (
              <Typography.Paragraph type="secondary" className="secondary-line report-hint">
                {t('deals.report.ratesOn', { date: formatDate(top.data.on, language) })}
              </Typography.Paragraph>
            )}
          </Card>
          <Card size="small" title={t(`deals.report.pipelineTable.${state.pipelineGroup}`)}>
            <PipelineTable
              rows={rows}
              total={total}
              group={state.pipelineGroup}
              currency={state.currency}
              labelOf={labelOf}
              loading={top.isFetching || detail.isFetching}
            />
          </Card>
        </>
      )}
    </Space>
  );
}

/** Export wins by year, country or category: confirmed by the companies or not. */
function WinsSection({ state }: { state: ReportState }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { nameOf: countryName } = useCountryNames();
  const grouped = useWinsReport(toWinsQuery(state, state.winsGroup));

  const labelOf = useCallback(
    (row: WinsRow) => {
      if (row.year !== null) return String(row.year);
      if (row.country !== null) return countryName(row.country);
      if (row.category !== null) return t(`deals.categories.${row.category}`);
      return state.winsGroup === 'year' ? t('deals.report.noYear') : t('deals.report.total');
    },
    [countryName, state.winsGroup, t],
  );
  const rows = useMemo(
    () => sortWins(grouped.data?.rows ?? [], state.winsGroup, labelOf, language),
    [grouped.data, state.winsGroup, labelOf, language],
  );
  const chart = useMemo(() => winsChart(rows, state.currency, labelOf), [rows, state.currency, labelOf]);
  const names = useMemo(
    () => ({
      confirmed: t('deals.report.measures.confirmed'),
      unconfirmed: t('deals.report.measures.unconfirmed'),
    }),
    [t],
  );
  const total = grouped.data?.total;
  const money = (amounts: WinsRow['confirmed']['value'] | undefined) =>
    amounts ? formatMoney(amountIn(amounts, state.currency), language) : '—';

  return (
    <Space direction="vertical" size={16} className="full-width">
      {grouped.error && <ProblemAlert error={grouped.error} onRetry={() => void grouped.refetch()} />}
      <MissingRatesAlert rates={grouped.data?.missing_rates ?? []} />
      <Row gutter={[16, 16]}>
        <Figure
          title={t('deals.report.measures.totalValue')}
          value={money(total && winsTotal(total))}
          testId="wins-value"
        />
        <Figure
          title={t('deals.report.measures.confirmedValue')}
          value={money(total?.confirmed.value)}
          testId="wins-confirmed-value"
        />
        <Figure
          title={t('deals.report.measures.confirmed')}
          value={
            total ? `${total.confirmed.deals} / ${total.confirmed.deals + total.unconfirmed.deals}` : '—'
          }
          testId="wins-confirmed"
        />
        <Figure title={t('deals.report.measures.helped')} value={total?.helped ?? '—'} testId="wins-helped" />
      </Row>
      {grouped.data && rows.length === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deals.report.winsEmpty')} />
        </Card>
      ) : (
        <>
          <Card size="small" title={t(`deals.report.winsChart.${state.winsGroup}`)}>
            <Suspense fallback={<ChartFallback rows={rows.length} />}>
              {grouped.data ? (
                <ReportChart
                  data={chart}
                  names={names}
                  colors={WINS_COLORS}
                  stacked
                  label={t('deals.report.winsChartLabel')}
                  testId="wins-chart"
                />
              ) : (
                <ChartFallback rows={3} />
              )}
            </Suspense>
            <Typography.Paragraph type="secondary" className="secondary-line report-hint">
              {t('deals.report.winsHint')}
            </Typography.Paragraph>
          </Card>
          <Card size="small" title={t(`deals.report.winsTable.${state.winsGroup}`)}>
            <WinsTable
              rows={rows}
              total={total}
              group={state.winsGroup}
              currency={state.currency}
              labelOf={labelOf}
              loading={grouped.isFetching}
            />
          </Card>
        </>
      )}
    </Space>
  );
}

/** /deals/report: the pipeline and the export wins, in roubles or dollars. */
export function DealsReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseReportState(params), [params]);
  // The period's presets follow the day the page opened, not each render.
  const today = useMemo(() => new Date(), []);
  const deals = useDealsTitle();
  const title = t('deals.report.title');
  usePageTitle(title);

  const change = useCallback(
    (next: Partial<ReportState>) => setParams(toReportSearchParams({ ...state, ...next })),
    [state, setParams],
  );
  const narrowed = isFiltered(state) || (state.tab === 'wins' && !!state.from);

  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/deals">{deals}</Link> }, { title }]}
      />
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">{t('deals.report.subtitle')}</Typography.Text>
        </div>
        {state.tab === 'pipeline' ? (
          <ExportButton
            path="/api/v1/reports/pipeline/export"
            query={toPipelineQuery(state, state.pipelineGroup)}
          />
        ) : (
          <ExportButton path="/api/v1/reports/wins/export" query={toWinsQuery(state, state.winsGroup)} />
        )}
      </div>
      <Tabs
        activeKey={state.tab}
        onChange={(tab) => change({ tab: tab as ReportTab })}
        items={[
          { key: 'pipeline', label: t('deals.report.tabs.pipeline') },
          { key: 'wins', label: t('deals.report.tabs.wins') },
        ]}
      />
      <ReportFilters
        state={state}
        today={today}
        onChange={change}
        onReset={
          narrowed
            ? () => change({ countries: [], categories: [], from: undefined, to: undefined })
            : undefined
        }
      />
      {state.tab === 'pipeline' ? <PipelineSection state={state} /> : <WinsSection state={state} />}
    </>
  );
}
