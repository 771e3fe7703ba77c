import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Row,
  Segmented,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useActivityTimeline } from '../activities/api';
import '../activities/activities.css';
import {
  NO_FILTERS as NO_ACTIVITY_FILTERS,
  toApiQuery as toActivityQuery,
} from '../activities/activityQuery';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { useActivityDialogs } from '../activities/useActivityDialogs';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { dealKeys, useDealBoard } from '../deals/api';
import { boardTotal } from '../deals/board';
import { DealBoardView } from '../deals/DealBoardView';
import '../deals/deals.css';
import { parseDealsQuery, stageListUrl, toBoardApiQuery } from '../deals/dealsQuery';
import { useDealMove } from '../deals/useDealMove';
import { useStageName } from '../deals/useStageName';
import { useCountryNames } from '../organisations/useCountryNames';
import { useRelocationList } from '../relocations/api';
import { RelocationsTable } from '../relocations/RelocationsTable';
import '../relocations/relocations.css';
import { useRequestList } from '../requests/api';
import '../requests/requests.css';
import { DeskRequests } from './DeskRequests';
import './desk.css';

// What each section shows at most; the rest is a link away, filtered to the country.
const SHOWN = 10;
const COUNTRY = /^[A-Za-z]{2}$/;

interface SectionProps {
  title: string;
  count: number | undefined;
  /** The full list, filtered to the country. */
  more: { to: string; label: string };
  testId: string;
  extra?: ReactNode;
  children: ReactNode;
}

/** One of the desk's four parts: a card with its count and the way to everything of it. */
function Section({ title, count, more, testId, extra, children }: SectionProps) {
  return (
    <Card
      className="desk-section"
      data-testid={testId}
      title={
        <Space size={8}>
          <span>{title}</span>
          {count !== undefined && (
            <Tag bordered={false} className="desk-count">
              {count}
            </Tag>
          )}
        </Space>
      }
      extra={
        <Space size={12}>
          {extra}
          <Link to={more.to}>{more.label}</Link>
        </Space>
      }
    >
      {children}
    </Card>
  );
}

/** The parts a reader may read of the country's casework, asked for all at once. */
function useDesk(country: string) {
  const { can } = useAuth();
  const scope = { country };
  const requests = useRequestList(
    { country, status: 'open', sort: 'due_at', limit: SHOWN },
    { enabled: can('request.read', scope) },
  );
  const dealsQuery = useMemo(() => parseDealsQuery(new URLSearchParams({ country })), [country]);
  const boardQuery = toBoardApiQuery(dealsQuery);
  const board = useDealBoard(boardQuery, { enabled: can('deal.read', scope) });
  const relocations = useRelocationList(
    { country, stage: 'open', sort: '-updated_at', limit: SHOWN },
    { enabled: can('relocation.read', scope) },
  );
  const activities = useActivityTimeline(
    toActivityQuery({ ...NO_ACTIVITY_FILTERS, countries: [country] }, SHOWN),
    {
      enabled: can('activity.read', scope),
    },
  );
  return { requests, board, boardQuery, dealsQuery, relocations, activities };
}

/** /desk/:iso2: one country's casework on one page: open requests, deals, relocation cases, activities. */
export function DeskPage() {
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const navigate = useNavigate();
  const { iso2 = '' } = useParams();
  const country = COUNTRY.test(iso2) ? iso2.toUpperCase() : '';
  const countries = useCountryNames();
  const name = countries.nameOf(country);
  const desk = useDesk(country);
  const { nameOf } = useStageName();
  const moves = useDealMove({ board: dealKeys.board(desk.boardQuery) });
  const dialogs = useActivityDialogs({ defaults: { countries: [country] } });
  const title = t('desk.title', { country: name });
  usePageTitle(title);
  const scope = { country };
  const own = me?.user.countries ?? [];
  const firstActivities = desk.activities.data?.pages[0];

  if (!country) return <NotFoundPage detail={t('country.notFound', { code: iso2.toUpperCase() })} />;
  const readable = (['request.read', 'deal.read', 'relocation.read', 'activity.read'] as const).some(
    (permission) => can(permission, scope),
  );

  const loading = (rows: number) => <Skeleton active title={false} paragraph={{ rows }} />;
  const empty = (text: string) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;

  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/countries">{t('countries.title')}</Link> },
          { title: <Link to={`/countries/${country}`}>{name}</Link> },
          { title: t('desk.crumb') },
        ]}
      />
      <div className="page-heading page-heading-actions">
        <div>
          <Typography.Title level={2}>{title}</Typography.Title>
          <Typography.Text type="secondary">{t('desk.subtitle')}</Typography.Text>
        </div>
        {/* An attaché of several countries goes from one desk to another. */}
        {own.length > 1 && own.includes(country) && (
          <Segmented<string>
            aria-label={t('desk.switch')}
            value={country}
            onChange={(next) => navigate(`/desk/${next}`)}
            options={own.map((code) => ({ value: code, label: countries.nameOf(code) }))}
          />
        )}
      </div>
      {!readable && <Alert type="info" showIcon message={t('desk.outside')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size={16} className="full-width">
            {can('request.read', scope) && (
              <Section
                title={t('desk.requests')}
                count={desk.requests.data?.total}
                testId="desk-section-requests"
                more={{
                  to: `/requests?country=${country}&status=open&sort=due_at`,
                  label: t('desk.allRequests'),
                }}
              >
                {desk.requests.isError ? (
                  <ProblemAlert error={desk.requests.error} onRetry={() => void desk.requests.refetch()} />
                ) : desk.requests.isPending ? (
                  loading(4)
                ) : (
                  <DeskRequests
                    requests={desk.requests.data?.items}
                    loading={desk.requests.isFetching}
                    emptyText={empty(t('desk.noRequests'))}
                  />
                )}
              </Section>
            )}
            {can('relocation.read', scope) && (
              <Section
                title={t('desk.relocations')}
                count={desk.relocations.data?.total}
                testId="desk-section-relocations"
                more={{ to: `/relocations?country=${country}&stage=open`, label: t('desk.allRelocations') }}
              >
                {desk.relocations.isError ? (
                  <ProblemAlert
                    error={desk.relocations.error}
                    onRetry={() => void desk.relocations.refetch()}
                  />
                ) : desk.relocations.isPending ? (
                  loading(3)
                ) : (
                  <RelocationsTable
                    items={desk.relocations.data?.items}
                    loading={desk.relocations.isFetching}
                    compact
                    emptyText={empty(t('desk.noRelocations'))}
                  />
                )}
              </Section>
            )}
          </Space>
        </Col>
        {can('activity.read', scope) && (
          <Col xs={24} xl={10}>
            <Section
              title={t('desk.activities')}
              count={firstActivities?.total}
              testId="desk-section-activities"
              more={{ to: `/activities?country=${country}`, label: t('desk.allActivities') }}
              extra={
                can('activity.create', scope) && (
                  <Button size="small" icon={<PlusOutlined />} onClick={dialogs.create}>
                    {t('activities.create')}
                  </Button>
                )
              }
            >
              {desk.activities.isError ? (
                <ProblemAlert error={desk.activities.error} onRetry={() => void desk.activities.refetch()} />
              ) : !firstActivities ? (
                loading(6)
              ) : firstActivities.items.length === 0 ? (
                empty(t('desk.noActivities'))
              ) : (
                <ActivityTimeline
                  activities={firstActivities.items}
                  compact
                  onEdit={dialogs.edit}
                  onAddTask={dialogs.addTask}
                />
              )}
            </Section>
          </Col>
        )}
        {can('deal.read', scope) && (
          <Col span={24}>
            <Section
              title={t('desk.deals')}
              count={desk.board.data ? boardTotal(desk.board.data) : undefined}
              testId="desk-section-deals"
              more={{ to: `/deals?country=${country}`, label: t('desk.allDeals') }}
            >
              {desk.board.isError ? (
                <ProblemAlert error={desk.board.error} onRetry={() => void desk.board.refetch()} />
              ) : !desk.board.data ? (
                loading(5)
              ) : boardTotal(desk.board.data) === 0 ? (
                empty(t('desk.noDeals'))
              ) : (
                <div className="desk-board">
                  <DealBoardView
                    board={desk.board.data}
                    countryName={countries.nameOf}
                    nameOf={nameOf}
                    pendingId={moves.pendingId}
                    onMove={(deal, to) => moves.move(deal, to)}
                    stageUrl={(stage) => stageListUrl(desk.dealsQuery, stage)}
                  />
                </div>
              )}
            </Section>
          </Col>
        )}
      </Row>
      {moves.dialog}
      {moves.gate}
      {dialogs.dialogs}
    </>
  );
}
