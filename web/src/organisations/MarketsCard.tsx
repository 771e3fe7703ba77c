import { HistoryOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Timeline, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../app/ProblemAlert';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useMarketHistory } from './api';
import { MarketStatusTag } from './tags';
import type { Market, MarketChange, Organisation } from './types';
import { useCountryNames } from './useCountryNames';
import { MARKET_STATUS_COLORS } from './vocabulary';

const TIMELINE_COLORS: Record<string, string> = {
  green: 'green',
  blue: 'blue',
  default: 'gray',
};

function MarketHistory({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  const history = useMarketHistory(id, true);
  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending) return null;
  if (history.data.length === 0) {
    return <Typography.Text type="secondary">{t('organisations.markets.noHistory')}</Typography.Text>;
  }
  const item = (change: MarketChange) => ({
    key: `${change.changed_at}-${change.country}`,
    color: change.status ? TIMELINE_COLORS[MARKET_STATUS_COLORS[change.status]] : 'red',
    children: (
      <>
        <div>
          <strong>{countries.nameOf(change.country)}</strong>{' '}
          {change.status ? (
            <MarketStatusTag status={change.status} />
          ) : (
            <Typography.Text type="secondary">{t('organisations.markets.removed')}</Typography.Text>
          )}
        </div>
        {change.note && <div className="note">{change.note}</div>}
        <Typography.Text type="secondary" className="secondary-line">
          {formatDateTime(change.changed_at, language)}
        </Typography.Text>
      </>
    ),
  });
  return <Timeline className="market-history" items={history.data.map(item)} />;
}

/** Where the organisation exports or wants to, and how that changed over time. */
export function MarketsCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  const [historyOpen, setHistoryOpen] = useState(false);

  const columns: ColumnsType<Market> = [
    {
      key: 'country',
      title: t('organisations.markets.country'),
      render: (_, market) => countries.nameOf(market.country),
    },
    {
      key: 'status',
      title: t('organisations.markets.status'),
      render: (_, market) => <MarketStatusTag status={market.status} />,
    },
    {
      key: 'since',
      title: t('organisations.markets.since'),
      render: (_, market) =>
        market.since ? (
          <span className="nowrap">{formatDate(market.since, language)}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: 'note',
      title: t('organisations.markets.note'),
      render: (_, market) => <span className="note">{market.note}</span>,
    },
  ];

  return (
    <Card
      title={
        <>
          {t('organisations.markets.title')}{' '}
          <Typography.Text type="secondary">{organisation.markets.length}</Typography.Text>
        </>
      }
      extra={
        <Button
          icon={<HistoryOutlined />}
          aria-expanded={historyOpen}
          onClick={() => setHistoryOpen((open) => !open)}
        >
          {t(historyOpen ? 'organisations.markets.hideHistory' : 'organisations.markets.history')}
        </Button>
      }
    >
      <Table<Market>
        className="markets-table"
        rowKey="country"
        size="small"
        columns={columns}
        dataSource={organisation.markets}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organisations.markets.empty')} />
          ),
        }}
      />
      {historyOpen && (
        <div className="market-history-box">
          <Typography.Title level={5}>{t('organisations.markets.historyTitle')}</Typography.Title>
          <MarketHistory id={organisation.id} />
        </div>
      )}
    </Card>
  );
}
