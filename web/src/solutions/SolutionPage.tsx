import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { RecordHistory } from '../audit/RecordHistory';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage } from '../i18n/i18n';
import { localName, otherName } from '../i18n/localName';
import { useCountryNames } from '../organisations/useCountryNames';
import { useArchiveSolution, useSolution, type SolutionRecord } from './api';
import { solutionScope } from './scope';
import { ReadinessCard, ReferencesTable, SolutionDescription, SolutionProfileCard } from './SolutionCards';
import './solutions.css';
import { MaturityTag, PublishedTag, ReadinessTag, SolutionKindTag } from './tags';
import { useIdParam } from '../app/useIdParam';

/** Edit and archive, for those who may. */
function Actions({ record, onStale }: { record: SolutionRecord; onStale: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { solution } = record;
  const archive = useArchiveSolution(solution.id);
  const scope = solutionScope(solution);
  const name = localName(solution, currentLanguage()) || `#${solution.id}`;

  const confirmArchive = () =>
    modal.confirm({
      title: t('solutions.archive.confirm', { name }),
      content: t('solutions.archive.detail'),
      okText: t('solutions.archive.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        archive.mutateAsync(record.etag).then(
          () => {
            void message.success(t('solutions.archive.done', { name }));
            navigate(`/organisations/${solution.organisation_id}`);
          },
          (error: unknown) => {
            if (error instanceof ProblemError && error.status === 409) onStale();
            void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'), 8);
          },
        ),
    });

  return (
    <Space wrap>
      {can('solution.update', scope) && (
        <Button
          type="primary"
          icon={<EditOutlined />}
          onClick={() => navigate(`/solutions/${solution.id}/edit`)}
        >
          {t('common.edit')}
        </Button>
      )}
      {can('solution.delete', scope) && (
        <Button danger icon={<DeleteOutlined />} onClick={confirmArchive} loading={archive.isPending}>
          {t('solutions.archive.open')}
        </Button>
      )}
    </Space>
  );
}

export function SolutionPage() {
  const { t } = useTranslation();
  const { id, idParam } = useIdParam();
  const { can } = useAuth();
  const language = currentLanguage();
  const countries = useCountryNames();
  const query = useSolution(id);
  const solution = query.data?.solution;
  const name = solution ? localName(solution, language) || `#${solution.id}` : undefined;
  usePageTitle(name ?? t('solutions.title'));

  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return <NotFoundPage detail={t('solutions.notFound', { id: idParam })} />;
  }
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/solutions">{t('solutions.title')}</Link> }, { title: name ?? `#${id}` }]}
      />
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {query.data && solution && (
        <>
          <div className="page-heading page-heading-actions">
            <div>
              <Typography.Title level={2}>{name}</Typography.Title>
              <Space size={8} wrap>
                <SolutionKindTag kind={solution.kind} />
                <MaturityTag maturity={solution.maturity} />
                <ReadinessTag readiness={solution.export_readiness} />
                <PublishedTag published={solution.published} />
                {otherName(solution, language) && (
                  <Typography.Text type="secondary">{otherName(solution, language)}</Typography.Text>
                )}
              </Space>
            </div>
            <Actions record={query.data} onStale={() => void query.refetch()} />
          </div>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <SolutionProfileCard solution={solution} />
            </Col>
            <Col xs={24} lg={12}>
              <Space direction="vertical" size={16} className="full-width">
                <Card title={t('solutions.fields.description')} className="solution-description">
                  <SolutionDescription solution={solution} language={language} />
                </Card>
                <ReadinessCard readiness={solution.export_readiness} />
              </Space>
            </Col>
            <Col span={24}>
              <Card
                title={
                  <>
                    {t('solutions.references.title')}{' '}
                    <Typography.Text type="secondary">{solution.references.length}</Typography.Text>
                  </>
                }
              >
                <ReferencesTable references={solution.references} nameOf={countries.nameOf} />
              </Card>
            </Col>
            {can('audit.read') && (
              <Col span={24}>
                <RecordHistory entity="solution" id={String(solution.id)} />
              </Col>
            )}
          </Row>
        </>
      )}
    </>
  );
}
