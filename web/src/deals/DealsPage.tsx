import { AppstoreOutlined, BarChartOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Segmented, Skeleton, Space, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { nextPage, previousPage, readTrail, type CursorTrail } from '../organisations/listQuery';
import { useCountryNames } from '../organisations/useCountryNames';
import { isStaff } from '../requests/scope';
import { dealKeys, useDealBoard, useDealList } from './api';
import { boardTotal } from './board';
import { DealBoardView } from './DealBoardView';
import { DealFilters } from './DealFilters';
import './deals.css';
import {
  hasFilters,
  NO_FILTERS,
  parseDealsQuery,
  stageListUrl,
  toBoardApiQuery,
  toListApiQuery,
  toSearchParams,
  withFilters,
  type DealsQuery,
  type Filters,
  type View,
} from './dealsQuery';
import { ExportButton } from '../transfer/ExportButton';
import { DealsTable } from './DealsTable';
import { MissingRatesAlert } from './MissingRatesAlert';
import { useDealMove } from './useDealMove';
import { useDealsTitle } from './useDealsTitle';
import { useStageName } from './useStageName';

/** /deals: the board of the pipeline, or the deals as a list; for a company user, its own ("My deals"). */
export function DealsPage() {
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const staff = isStaff(me);
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseDealsQuery(params), [params]);
  const trail = readTrail(location.state);
  const boardQuery = toBoardApiQuery(query);
  const board = useDealBoard(boardQuery);
  const list = useDealList(toListApiQuery(query), { enabled: query.view === 'list' });
  const countries = useCountryNames();
  const { nameOf } = useStageName();
  const moves = useDealMove({ board: dealKeys.board(boardQuery) });
  const title = useDealsTitle();
  usePageTitle(title);

  const show = useCallback(
    (next: DealsQuery, nextTrail: CursorTrail = [], replace = false) =>
      setParams(toSearchParams(next), { state: { trail: nextTrail }, replace }),
    [setParams],
  );
  const changeFilters = useCallback(
    (
      change: Partial<Filters & Pick<DealsQuery, 'view' | 'sort' | 'limit'>>,
      options?: { replace: boolean },
    ) => show(withFilters(query, change), [], options?.replace),
    [query, show],
  );

  const filtered = hasFilters(query, query.view);
  const total = boardTotal(board.data);
  const missing = board.data?.missing_rates ?? [];

  const emptyBoard = (
    <Card>
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(filtered ? 'deals.emptyFiltered' : staff ? 'deals.empty' : 'deals.emptyCompany')}
      >
        {filtered ? (
          <Button onClick={() => changeFilters(NO_FILTERS)}>{t('countries.filters.reset')}</Button>
        ) : (
          can('deal.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/deals/new')}>
              {t('deals.create')}
            </Button>
          )
        )}
      </Empty>
    </Card>
  );

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">
            {staff ? t('deals.subtitle') : t('deals.subtitleCompany')}
          </Typography.Text>
        </div>
        <Space wrap>
          <Segmented<View>
            aria-label={t('deals.view.label')}
            value={query.view}
            onChange={(view) => changeFilters({ view })}
            options={[
              { value: 'board', icon: <AppstoreOutlined />, label: t('deals.view.board') },
              { value: 'list', icon: <UnorderedListOutlined />, label: t('deals.view.list') },
            ]}
          />
          <Button icon={<BarChartOutlined />} onClick={() => navigate('/deals/report')}>
            {t('deals.report.open')}
          </Button>
          <ExportButton path="/api/v1/deals/export" query={toListApiQuery(query)} />
          {can('deal.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/deals/new')}>
              {t('deals.create')}
            </Button>
          )}
        </Space>
      </div>
      <DealFilters
        filters={query}
        view={query.view}
        owns={can('deal.update')}
        nameOf={nameOf}
        onChange={changeFilters}
      />
      {query.view === 'board' && (
        <>
          <MissingRatesAlert rates={missing} />
          {board.isError && <ProblemAlert error={board.error} onRetry={() => void board.refetch()} />}
          {board.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
          {board.data && total === 0 && !board.isPlaceholderData && emptyBoard}
          {board.data && (total > 0 || board.isPlaceholderData) && (
            <>
              <DealBoardView
                board={board.data}
                countryName={countries.nameOf}
                nameOf={nameOf}
                pendingId={moves.pendingId}
                onMove={(deal, to) => moves.move(deal, to)}
                stageUrl={(stage) => stageListUrl(query, stage)}
              />
              {can('deal.update') && (
                <Typography.Paragraph type="secondary" className="secondary-line deal-board-hint">
                  {t('deals.board.hint')}
                </Typography.Paragraph>
              )}
            </>
          )}
        </>
      )}
      {query.view === 'list' &&
        (list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DealsTable
            query={query}
            data={list.data}
            loading={list.isFetching}
            pending={list.isPending}
            countryName={countries.nameOf}
            filtered={filtered}
            onSort={(sort) => changeFilters({ sort })}
            onPageSize={(limit) => changeFilters({ limit })}
            onNext={() => {
              if (!list.data?.next_cursor) return;
              const next = nextPage(query, trail, list.data.next_cursor);
              show(next.query, next.trail);
            }}
            onPrevious={() => {
              const previous = previousPage(query, trail);
              show(previous.query, previous.trail);
            }}
            onResetFilters={() => changeFilters(NO_FILTERS)}
          />
        ))}
      {moves.dialog}
      {moves.gate}
    </>
  );
}
