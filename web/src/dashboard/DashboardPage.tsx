import { Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Country } from '../api/types';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAllCountries } from '../countries/api';
import { presenceRank, WITH_PRESENCE } from '../countries/presence';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { buildMapData } from './mapData';
import { PresenceLegend } from './PresenceLegend';
import { PresenceTable } from './PresenceTable';

// ECharts and the world outlines are most of the page's weight: load them in parallel
// with the data, and show the figures without waiting for them.
const WorldMap = lazy(() => import('./WorldMap'));

// Rows of the presence list shown beside the map before it scrolls.
const LIST_HEIGHT = 380;

interface FigureProps {
  title: string;
  value: number | undefined;
  loading: boolean;
  testId: string;
}

function Figure({ title, value, loading, testId }: FigureProps) {
  return (
    <Card size="small" className="figure">
      <Statistic
        title={title}
        value={value ?? '—'}
        loading={loading}
        formatter={(shown) => <span data-testid={testId}>{shown}</span>}
      />
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const list = useAllCountries();
  usePageTitle(t('dashboard.title'));

  const items = list.data?.items;
  const counts = list.data?.facets.presence;
  const mapData = useMemo(() => buildMapData(items ?? [], language), [items, language]);
  const present = useMemo(
    () =>
      (items ?? [])
        .filter((country) => WITH_PRESENCE.includes(country.presence.status))
        .sort(
          (a: Country, b: Country) =>
            presenceRank(a.presence.status) - presenceRank(b.presence.status) ||
            localName(a, language).localeCompare(localName(b, language), language),
        ),
    [items, language],
  );
  const attachesInPost = items?.reduce((sum, country) => sum + country.attache_count, 0);
  const continents =
    items && new Set(present.filter((c) => c.presence.status === 'active').map((c) => c.continent.code)).size;
  const open = useCallback((iso2: string) => navigate(`/countries/${iso2}`), [navigate]);
  const figures = [
    { key: 'active', value: counts?.active },
    { key: 'planned', value: counts?.planned },
    { key: 'attaches', value: attachesInPost },
    { key: 'continents', value: continents },
  ] as const;

  return (
    <>
      <div className="page-heading">
        <Typography.Title level={2}>{t('dashboard.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('dashboard.subtitle')}</Typography.Text>
      </div>
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Row gutter={[16, 16]}>
        {figures.map((figure) => (
          <Col key={figure.key} xs={12} md={6}>
            <Figure
              title={t(`dashboard.figures.${figure.key}`)}
              value={figure.value}
              loading={list.isPending}
              testId={`stat-${figure.key}`}
            />
          </Col>
        ))}
        <Col xs={24} xl={16}>
          <Card title={t('dashboard.mapTitle')} className="map-card">
            <Suspense fallback={<Skeleton.Node active className="map-placeholder" />}>
              {items ? (
                <WorldMap data={mapData} onOpen={open} />
              ) : list.isPending ? (
                <Skeleton.Node active className="map-placeholder" />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noData')} />
              )}
            </Suspense>
            {counts && <PresenceLegend counts={counts} />}
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card
            title={t('dashboard.presenceTitle')}
            extra={
              <Link to="/countries?presence=active,planned,suspended">{t('dashboard.allCountries')}</Link>
            }
            className="presence-card"
          >
            <PresenceTable countries={present} height={LIST_HEIGHT} loading={list.isPending} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
