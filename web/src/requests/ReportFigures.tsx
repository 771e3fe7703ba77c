import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatPercent } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import type { RequestsReportRow } from './types';

interface FigureProps {
  title: string;
  value: string | number | undefined;
  loading: boolean;
  testId: string;
  danger?: boolean;
}

function Figure({ title, value, loading, testId, danger }: FigureProps) {
  return (
    <Card size="small" className="figure">
      <Statistic
        title={title}
        value={value ?? '—'}
        loading={loading}
        valueStyle={danger ? { color: '#cf1322' } : undefined}
        formatter={(shown) => <span data-testid={testId}>{shown}</span>}
      />
    </Card>
  );
}

/** The period's totals: filed, open, overdue, resolved, SLA compliance and the median time to resolve. */
export function ReportFigures({
  total,
  loading,
}: {
  total: RequestsReportRow | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const figures: { key: string; title: string; value: string | number | undefined; danger?: boolean }[] = [
    { key: 'filed', title: t('requests.report.measures.filed'), value: total?.filed },
    { key: 'open', title: t('requests.report.measures.open'), value: total?.open },
    {
      key: 'overdue',
      title: t('requests.report.measures.overdue'),
      value: total?.overdue,
      danger: (total?.overdue ?? 0) > 0,
    },
    { key: 'resolved', title: t('requests.report.measures.resolved'), value: total?.resolved },
    {
      key: 'sla',
      title: t('requests.report.measures.sla'),
      value: total?.sla_compliance != null ? formatPercent(total.sla_compliance, language) : undefined,
    },
    {
      key: 'median',
      title: t('requests.report.measures.median'),
      value:
        total?.median_resolution_seconds != null
          ? formatDuration(total.median_resolution_seconds, language)
          : undefined,
    },
  ];
  return (
    <Row gutter={[16, 16]} className="report-figures">
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} sm={8} xl={4}>
          <Figure
            title={figure.title}
            value={figure.value}
            loading={loading}
            testId={`report-${figure.key}`}
            danger={figure.danger}
          />
        </Col>
      ))}
    </Row>
  );
}
