import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { LinkedActivities } from '../activities/LinkedActivities';
import { isMissing, RecordFrame } from '../app/RecordFrame';
import { usePageTitle } from '../app/usePageTitle';
import { StageHistory } from '../app/StageHistory';
import { RecordHistory } from '../audit/RecordHistory';
import { useAuth } from '../auth/AuthProvider';
import { useDeal, useDealHistory, type DealRecord } from './api';
import { DealFacts } from './DealFacts';
import { DealMilestones } from './DealMilestones';
import './deals.css';
import { DealSteps } from './DealSteps';
import { StageActions } from './StageActions';
import { DealWinCard } from './DealWinCard';
import { mainTransition, orderedTransitions, reasonNeed, STAGE_HEX } from './stages';
import { DealStageTag } from './tags';
import type { DealStage } from './types';
import { useDealMove } from './useDealMove';
import { useDealsTitle } from './useDealsTitle';
import { useStageName } from './useStageName';
import { useIdParam } from '../app/useIdParam';

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
          <StageActions<DealStage>
            allowed={orderedTransitions(deal.allowed_transitions)}
            main={mainTransition(deal.stage, deal.allowed_transitions)}
            reasonNeed={reasonNeed}
            pendingTo={moves.pendingTo}
            pending={moves.pending}
            nameOf={nameOf}
            texts={{
              to: (stage) => t('deals.move.to', { stage }),
              other: t('deals.board.moveToShort'),
              out: (to) => t(`deals.move.${to as 'lost' | 'abandoned'}`),
            }}
            onMove={(to) => moves.move(deal, to, etag)}
          />
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
            {can('activity.read', { country: deal.country }) && (
              <LinkedActivities
                of="deal"
                id={deal.id}
                title={deal.title}
                country={deal.country}
                organisation={deal.organisation_id}
              />
            )}
            <StageHistory<DealStage>
              testId="deal-history"
              history={history.data}
              loading={history.isPending}
              error={history.error}
              onRetry={() => void history.refetch()}
              renderStage={(stage) => <DealStageTag stage={stage} />}
              colorOf={(stage) => STAGE_HEX[stage]}
              texts={{
                title: t('deals.history.title'),
                empty: t('deals.history.empty'),
                opened: t('deals.history.opened'),
              }}
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
  const { id, idParam } = useIdParam();
  const query = useDeal(id);
  const deal = query.data?.deal;
  const deals = useDealsTitle();
  usePageTitle(deal ? deal.title : t('deals.number', { id }));

  return (
    <RecordFrame
      crumbs={[{ title: <Link to="/deals">{deals}</Link> }, { title: t('deals.number', { id }) }]}
      load={query}
      notFound={isMissing(id, query.error) ? t('deals.notFound', { id: idParam }) : undefined}
    >
      {query.data && <DealView record={query.data} onStale={() => void query.refetch()} />}
    </RecordFrame>
  );
}
