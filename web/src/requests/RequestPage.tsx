import { EditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { LinkedActivities } from '../activities/LinkedActivities';
import { ProblemError } from '../api/problem';
import { Facts, Missing } from '../app/Facts';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { RecordHistory } from '../audit/RecordHistory';
import { useAuth } from '../auth/AuthProvider';
import { formatDate, formatDateTime, formatElapsed } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useCountryNames } from '../organisations/useCountryNames';
import { useRequest, useRequestTypes, type RequestRecord } from './api';
import { RequestComments } from './RequestComments';
import { RequestFiles } from './RequestFiles';
import './requests.css';
import { isStaff, requestScope } from './scope';
import { OverdueTag, RequestStatusTag } from './tags';
import { requestTypePath } from './typeTree';
import type { SupportRequest } from './types';
import { useTransitions } from './useTransitions';
import { useIdParam } from '../app/useIdParam';

/** Who, where, what and when of a request. */
function RequestFacts({ request }: { request: SupportRequest }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const language = currentLanguage();
  const countries = useCountryNames();
  const types = useRequestTypes();
  const company = localName(request.organisation, language) || `#${request.organisation_id}`;
  // Read once per version shown: "in status" ages with the data, not with each re-render.
  const now = useMemo(() => Date.now(), [request]);

  const items: DescriptionsProps['items'] = [
    {
      key: 'organisation',
      label: t('requests.fields.organisation'),
      children: can('organisation.read', {
        country: request.organisation.country,
        company: request.organisation_id,
      }) ? (
        <Link to={`/organisations/${request.organisation_id}`} data-testid="request-company">
          {company}
        </Link>
      ) : (
        <span data-testid="request-company">{company}</span>
      ),
    },
    {
      key: 'country',
      label: t('requests.fields.country'),
      children: (
        <span>
          {countries.nameOf(request.country)}{' '}
          <Typography.Text type="secondary">({request.country})</Typography.Text>
        </span>
      ),
    },
    {
      key: 'type',
      label: t('requests.fields.type'),
      children: requestTypePath(request, types.data, language),
    },
    {
      key: 'desired_date',
      label: t('requests.fields.desiredDate'),
      children: request.desired_date ? formatDate(request.desired_date, language) : <Missing />,
    },
    {
      key: 'due',
      label: t('requests.fields.due'),
      children: (
        <Space size={6}>
          <span title={formatDateTime(request.due_at, language)}>{formatDate(request.due_at, language)}</span>
          {request.overdue && <OverdueTag />}
        </Space>
      ),
    },
    {
      key: 'in_status',
      label: t('requests.fields.inStatus'),
      children: (
        <Space size={6}>
          <RequestStatusTag status={request.status} />
          <span title={formatDateTime(request.status_changed_at, language)}>
            {formatElapsed(request.status_changed_at, now, language)}
          </span>
        </Space>
      ),
    },
    {
      key: 'assignee',
      label: t('requests.fields.assignee'),
      children: request.assignee?.display_name ?? (
        <Typography.Text type="secondary">{t('requests.unassigned')}</Typography.Text>
      ),
    },
    {
      key: 'filed_by',
      label: t('requests.fields.filedBy'),
      children: request.filed_by?.display_name ?? <Missing />,
    },
    {
      key: 'created',
      label: t('requests.fields.created'),
      children: formatDateTime(request.created_at, language),
    },
  ];
  if (request.closed_at) {
    items.push({
      key: 'closed',
      label: t('requests.fields.closed'),
      children: formatDateTime(request.closed_at, language),
    });
  }
  if (request.reason) {
    items.push({
      key: 'reason',
      label: request.status === 'resolved' ? t('requests.fields.resolution') : t('requests.fields.reason'),
      children: (
        <Typography.Paragraph className="note" data-testid="request-reason">
          {request.reason}
        </Typography.Paragraph>
      ),
    });
  }

  return <Facts items={items} />;
}

/** The header of a loaded request: number, subject, status, and what the reader may do. */
function RequestView({ record, onStale }: { record: RequestRecord; onStale: () => void }) {
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const navigate = useNavigate();
  const { request } = record;
  const staff = isStaff(me);
  const moves = useTransitions(record, onStale);

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div className="request-heading">
          <Typography.Title level={2}>
            <span className="request-number">{t('requests.number', { id: request.id })}</span>{' '}
            {request.subject}
          </Typography.Title>
          <Space size={8} wrap>
            <RequestStatusTag status={request.status} />
            {request.overdue && <OverdueTag />}
          </Space>
        </div>
        <Space wrap className="request-actions">
          {moves.buttons}
          {request.editable && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/requests/${request.id}/edit`)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      </div>
      {moves.problem}
      {moves.dialog}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} className="full-width">
            <Card title={t('requests.fields.description')} className="request-description">
              {request.description ? (
                <Typography.Paragraph className="note">{request.description}</Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">{t('requests.noDescription')}</Typography.Text>
              )}
            </Card>
            <RequestComments
              requestId={request.id}
              staff={staff}
              canWrite={can('request.update', requestScope(request))}
            />
            {can('activity.read', { country: request.country }) && (
              <LinkedActivities
                of="request"
                id={request.id}
                title={request.subject}
                country={request.country}
                organisation={request.organisation_id}
              />
            )}
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size={16} className="full-width">
            <Card className="request-facts">
              <RequestFacts request={request} />
            </Card>
            <RequestFiles
              requestId={request.id}
              staff={staff}
              canWrite={can('request.update', requestScope(request))}
            />
          </Space>
        </Col>
        {can('audit.read') && (
          <Col span={24}>
            <RecordHistory entity="request" id={String(request.id)} />
          </Col>
        )}
      </Row>
    </>
  );
}

/** /requests/:id: one request, its moves, its thread and its history. */
export function RequestPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { id, idParam } = useIdParam();
  const query = useRequest(id);
  const request = query.data?.request;
  const number = t('requests.number', { id });
  usePageTitle(request ? `${number} ${request.subject}` : number);

  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return <NotFoundPage detail={t('requests.notFound', { id: idParam })} />;
  }
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          {
            title: (
              <Link to="/requests">{isStaff(me) ? t('requests.title') : t('requests.titleCompany')}</Link>
            ),
          },
          { title: number },
        ]}
      />
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {query.data && <RequestView record={query.data} onStale={() => void query.refetch()} />}
    </>
  );
}
