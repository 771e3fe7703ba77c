import { DownOutlined, EditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Dropdown, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { RecordHistory } from '../audit/RecordHistory';
import { useAuth } from '../auth/AuthProvider';
import { useDeal, useDealHistory, type DealRecord } from './api';
import { DealFacts } from './DealFacts';
import { DealHistory } from './DealHistory';
import { DealMilestones } from './DealMilestones';
import './deals.css';
import { DealSteps } from './DealSteps';
import { DealWinCard } from './DealWinCard';
import { mainTransition, orderedTransitions, reasonNeed } from './stages';
import { DealStageTag } from './tags';
import type { DealStage } from './types';
import { useDealMove } from './useDealMove';
import { useDealsTitle } from './useDealsTitle';
import { useStageName } from './useStageName';

const ID = /^[1-9][0-9]{0,15}$/;

/** The loaded deal: its stage and moves, facts, milestones, export win and history. */
function DealView({ record, onStale }: { record: DealRecord; onStale: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const { deal, etag } = record;
  const { nameOf } = useStageName();
  const history = useDealHistory(deal.id);
  const moves = useDealMove({ onStale });
  // The next stage stands out; other stages are a menu away; the ways out ask why first.
  const allowed = orderedTransitions(deal.allowed_transitions);
  const main = mainTransition(deal.stage, deal.allowed_transitions);
  const others = allowed.filter((to) => to !== main && reasonNeed(to) === 'none');
  const ways = allowed.filter((to) => reasonNeed(to) !== 'none');
  // Milestones belong to a signed contract; a deal before signature has none to show.
  const showMilestones = deal.won || deal.can_plan;

  // A refused move sent the reader here for the milestones: bring them into view.
  useEffect(() => {
    if (hash === '#milestones' && showMilestones) {
      document.getElementById('milestones')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }, [hash, showMilestones]);

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div className="deal-heading">
          <Typography.Title level={2}>{deal.title}</Typography.Title>
          <Space size={8} wrap>
            <DealStageTag stage={deal.stage} />
            {deal.won && (
              <Tag color="gold" bordered={false}>
                {t('deals.wonTag')}
              </Tag>
            )}
          </Space>
        </div>
        <Space wrap className="deal-actions">
          {main && (
            <Button
              type="primary"
              loading={moves.pendingTo === main}
              disabled={moves.pending}
              onClick={() => moves.move(deal, main, etag)}
            >
              {t('deals.move.to', { stage: nameOf(main) })}
            </Button>
          )}
          {others.length > 0 && (
            <Dropdown
              trigger={['click']}
              disabled={moves.pending}
              menu={{
                items: others.map((to) => ({ key: to, label: nameOf(to) })),
                onClick: ({ key }) => moves.move(deal, key as DealStage, etag),
              }}
            >
              <Button loading={!!moves.pendingTo && others.includes(moves.pendingTo)}>
                <Space size={4}>
                  {t('deals.board.moveToShort')}
                  <DownOutlined />
                </Space>
              </Button>
            </Dropdown>
          )}
          {ways.map((to) => (
            <Button
              key={to}
              danger
              loading={moves.pendingTo === to}
              disabled={moves.pending}
              onClick={() => moves.move(deal, to, etag)}
            >
              {t(`deals.move.${to as 'lost' | 'abandoned'}`)}
            </Button>
          ))}
          {deal.editable && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/deals/${deal.id}/edit`)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      </div>
      {moves.dialog}
      {moves.gate}
      <Card className="deal-steps-card">
        <DealSteps deal={deal} history={history.data} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} className="full-width">
            <Card title={t('deals.fields.description')} className="deal-description">
              {deal.description ? (
                <Typography.Paragraph className="note">{deal.description}</Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">{t('deals.noDescription')}</Typography.Text>
              )}
            </Card>
            {showMilestones && <DealMilestones deal={deal} />}
            <DealHistory
              history={history.data}
              loading={history.isPending}
              error={history.error}
              onRetry={() => void history.refetch()}
            />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size={16} className="full-width">
            <Card className="deal-facts">
              <DealFacts deal={deal} />
            </Card>
            {deal.won && <DealWinCard record={record} onStale={onStale} />}
          </Space>
        </Col>
        {can('audit.read') && (
          <Col span={24}>
            <RecordHistory entity="deal" id={String(deal.id)} />
          </Col>
        )}
      </Row>
    </>
  );
}

/** /deals/:id: one deal. */
export function DealPage() {
  const { t } = useTranslation();
  const { id: idParam = '' } = useParams();
  const id = ID.test(idParam) ? Number(idParam) : 0;
  const query = useDeal(id);
  const deal = query.data?.deal;
  const deals = useDealsTitle();
  usePageTitle(deal ? deal.title : t('deals.number', { id }));

  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return <NotFoundPage detail={t('deals.notFound', { id: idParam })} />;
  }
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/deals">{deals}</Link> }, { title: t('deals.number', { id }) }]}
      />
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {query.data && <DealView record={query.data} onStale={() => void query.refetch()} />}
    </>
  );
}
