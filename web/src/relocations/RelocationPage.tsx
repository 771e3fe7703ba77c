import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { LinkedActivities } from '../activities/LinkedActivities';
import { isMissing, RecordFrame } from '../app/RecordFrame';
import { StageHistory } from '../app/StageHistory';
import { usePageTitle } from '../app/usePageTitle';
import { RecordHistory } from '../audit/RecordHistory';
import { StageActions } from '../deals/StageActions';
import { useAuth } from '../auth/AuthProvider';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useRelocation, useRelocationHistory, type RelocationRecord } from './api';
import { RelocationFacts } from './RelocationFacts';
import './relocations.css';
import {
  MAIN_PATH,
  mainTransition,
  orderedTransitions,
  reasonNeed,
  STAGE_HEX,
  stageLeft,
  stepState,
} from './stages';
import { RelocationKindTag, RelocationStageTag } from './tags';
import type { RelocationCase, RelocationStage, RelocationStageChange } from './types';
import { useRelocationMove, useRelocationStageName } from './useRelocationMove';
import { useIdParam } from '../app/useIdParam';

/**
 * Where the case is on its way to the move; a lost case stops, marked, at the stage it left
 * (told by its history), and says why.
 */
function RelocationSteps({
  relocation,
  history,
}: {
  relocation: RelocationCase;
  history: readonly RelocationStageChange[] | undefined;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const nameOf = useRelocationStageName();
  const lost = relocation.stage === 'lost';
  const state = stepState(relocation.stage, stageLeft(relocation.stage, history));
  return (
    <div className="relocation-steps" data-testid="relocation-steps">
      <Steps
        size="small"
        labelPlacement="vertical"
        current={state.current}
        status={state.status}
        items={MAIN_PATH.map((stage, index) => ({
          key: stage,
          title:
            lost && index === state.current
              ? `${nameOf(stage)} · ${nameOf(relocation.stage)}`
              : nameOf(stage),
        }))}
      />
      {lost && (
        <Alert
          type="error"
          showIcon
          className="relocation-closed"
          data-testid="relocation-closed"
          message={t('relocations.closed.lost')}
          description={
            <>
              {relocation.close_reason && <div className="note">{relocation.close_reason}</div>}
              {relocation.closed_at && (
                <div className="secondary-line">
                  {t('relocations.closed.at', { date: formatDateTime(relocation.closed_at, language) })}
                </div>
              )}
            </>
          }
        />
      )}
    </div>
  );
}

/** The loaded case: its stage and moves, facts, notes, activities and history. */
function RelocationView({ record, onStale }: { record: RelocationRecord; onStale: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { relocation, etag } = record;
  const nameOf = useRelocationStageName();
  const moves = useRelocationMove({ onStale });
  const history = useRelocationHistory(relocation.id);

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div className="relocation-heading">
          <Typography.Title level={2}>{relocation.title}</Typography.Title>
          <Space size={8} wrap>
            <RelocationStageTag stage={relocation.stage} />
            <RelocationKindTag kind={relocation.kind} />
          </Space>
        </div>
        <Space wrap className="relocation-actions">
          <StageActions<RelocationStage>
            allowed={orderedTransitions(relocation.allowed_transitions)}
            main={mainTransition(relocation.stage, relocation.allowed_transitions)}
            reasonNeed={reasonNeed}
            pendingTo={moves.pendingTo}
            pending={moves.pending}
            nameOf={nameOf}
            texts={{
              to: (stage) => t('relocations.move.to', { stage }),
              other: t('relocations.move.other'),
              out: () => t('relocations.move.lost'),
            }}
            onMove={(to) => moves.move(relocation, to, etag)}
          />
          {relocation.editable && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/relocations/${relocation.id}/edit`)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      </div>
      {moves.dialog}
      {moves.gate}
      <Card className="relocation-steps-card">
        <RelocationSteps relocation={relocation} history={history.data} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} className="full-width">
            <Card title={t('relocations.fields.notes')}>
              {relocation.notes ? (
                <Typography.Paragraph className="note">{relocation.notes}</Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">{t('relocations.noNotes')}</Typography.Text>
              )}
            </Card>
            {can('activity.read', { country: relocation.from_country }) && (
              <LinkedActivities
                of="relocation"
                id={relocation.id}
                title={relocation.title}
                country={relocation.from_country}
                organisation={relocation.organisation_id}
              />
            )}
            <StageHistory<RelocationStage>
              testId="relocation-history"
              history={history.data}
              loading={history.isPending}
              error={history.error}
              onRetry={() => void history.refetch()}
              renderStage={(stage) => <RelocationStageTag stage={stage} />}
              colorOf={(stage) => STAGE_HEX[stage]}
              texts={{
                title: t('relocations.history.title'),
                empty: t('relocations.history.empty'),
                opened: t('relocations.history.opened'),
              }}
            />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card className="relocation-facts">
            <RelocationFacts relocation={relocation} />
          </Card>
        </Col>
        {can('audit.read') && (
          <Col span={24}>
            <RecordHistory entity="relocation_case" id={String(relocation.id)} />
          </Col>
        )}
      </Row>
    </>
  );
}

/** /relocations/:id: one relocation case. */
export function RelocationPage() {
  const { t } = useTranslation();
  const { id, idParam } = useIdParam();
  const query = useRelocation(id);
  const relocation = query.data?.relocation;
  usePageTitle(relocation ? relocation.title : t('relocations.number', { id }));

  return (
    <RecordFrame
      crumbs={[
        { title: <Link to="/relocations">{t('relocations.title')}</Link> },
        { title: t('relocations.number', { id }) },
      ]}
      load={query}
      notFound={isMissing(id, query.error) ? t('relocations.notFound', { id: idParam }) : undefined}
    >
      {query.data && <RelocationView record={query.data} onStale={() => void query.refetch()} />}
    </RecordFrame>
  );
}
