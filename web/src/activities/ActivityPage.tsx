import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Facts, Missing } from '../app/Facts';
import { listEmpty } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { isMissing, RecordFrame } from '../app/RecordFrame';
import { usePageTitle } from '../app/usePageTitle';
import { RecordHistory } from '../audit/RecordHistory';
import { useAuth } from '../auth/AuthProvider';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useCountryNames } from '../organisations/useCountryNames';
import { useActivity, useTasks, type ActivityRecord } from './api';
import './activities.css';
import { linkPath, LINKS } from './activityQuery';
import { participantName } from './formValues';
import { useMayChangeActivity } from './ActivityTimeline';
import { ActivityKindTag } from './tags';
import { TaskTable } from './TaskTable';
import { useActivityDialogs } from './useActivityDialogs';
import { useIdParam } from '../app/useIdParam';

/** The loaded activity: what, when, where, who, about what, and its follow-up tasks. */
function ActivityView({ record }: { record: ActivityRecord }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const language = currentLanguage();
  const countries = useCountryNames();
  const { activity, etag } = record;
  const tasks = useTasks({ activity: activity.id, limit: 100 });
  const items = tasks.data?.pages.flatMap((page) => page.items) ?? [];
  const dialogs = useActivityDialogs();
  const editable = useMayChangeActivity()(activity);
  const people = (kind: 'user' | 'organisation' | 'contact') =>
    activity.participants
      .filter((participant) => participant.kind === kind)
      .map((participant) => {
        const name = participantName(participant, language);
        return kind === 'organisation' ? (
          <Link key={participant.id} to={`/organisations/${participant.id}`}>
            {name}
          </Link>
        ) : (
          <span key={participant.id}>{name}</span>
        );
      });
  const list = (nodes: React.ReactNode[]) =>
    nodes.length > 0 ? (
      <Space direction="vertical" size={2}>
        {nodes}
      </Space>
    ) : (
      <Missing />
    );
  const links = LINKS.filter((kind) => activity[`${kind}_id`]);

  const facts: DescriptionsProps['items'] = [
    { key: 'kind', label: t('activities.fields.kind'), children: <ActivityKindTag kind={activity.kind} /> },
    {
      key: 'occurred_on',
      label: t('activities.fields.occurredOn'),
      children: formatDate(activity.occurred_on, language),
    },
    {
      key: 'countries',
      label: t('activities.fields.countries'),
      children: activity.countries.map(countries.nameOf).join(', '),
    },
    { key: 'users', label: t('activities.fields.users'), children: list(people('user')) },
    {
      key: 'organisations',
      label: t('activities.fields.organisations'),
      children: list(people('organisation')),
    },
    { key: 'contacts', label: t('activities.fields.contacts'), children: list(people('contact')) },
    {
      key: 'links',
      label: t('activities.fields.links'),
      children: list(
        links.map((kind) => (
          <Link key={kind} to={linkPath(kind, activity[`${kind}_id`] ?? 0)}>
            {t(`activities.links.numbered.${kind}`, { id: activity[`${kind}_id`] })}
          </Link>
        )),
      ),
    },
    {
      key: 'created',
      label: t('activities.fields.created'),
      children: `${formatDateTime(activity.created_at, language)}${activity.created_by ? ` · ${activity.created_by.display_name}` : ''}`,
    },
  ];

  return (
    <>
      <div className="page-heading page-heading-actions">
        <div className="activity-heading">
          <Typography.Title level={2}>{activity.subject}</Typography.Title>
          <Typography.Text type="secondary">
            {formatDate(activity.occurred_on, language)} · {t(`activities.kinds.${activity.kind}`)}
          </Typography.Text>
        </div>
        {editable && (
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={() => dialogs.addTask(activity)}>
              {t('tasks.add')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => dialogs.edit(activity, etag)}>
              {t('common.edit')}
            </Button>
          </Space>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size={16} className="full-width">
            <Card title={t('activities.fields.notes')}>
              {activity.notes ? (
                <Typography.Paragraph className="note">{activity.notes}</Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">{t('activities.noNotes')}</Typography.Text>
              )}
            </Card>
            <Card title={t('tasks.ofActivity')} data-testid="activity-tasks">
              {tasks.isError ? (
                <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
              ) : (
                <TaskTable
                  tasks={items}
                  ofActivity
                  doneColumn={items.some((task) => task.done)}
                  loading={tasks.isFetching}
                  emptyText={listEmpty(t, {
                    pending: tasks.isPending,
                    description: t('tasks.noneOfActivity'),
                  })}
                />
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card className="activity-facts">
            <Facts items={facts} />
          </Card>
        </Col>
        {can('audit.read') && (
          <Col span={24}>
            <RecordHistory entity="activity" id={String(activity.id)} />
          </Col>
        )}
      </Row>
      {dialogs.dialogs}
    </>
  );
}

/** /activities/:id: one activity with its follow-up tasks. */
export function ActivityPage() {
  const { t } = useTranslation();
  const { id, idParam } = useIdParam();
  const query = useActivity(id);
  const activity = query.data?.activity;
  usePageTitle(activity ? activity.subject : t('activities.number', { id }));

  return (
    <RecordFrame
      crumbs={[
        { title: <Link to="/activities">{t('activities.title')}</Link> },
        { title: t('activities.number', { id }) },
      ]}
      load={query}
      notFound={isMissing(id, query.error) ? t('activities.notFound', { id: idParam }) : undefined}
    >
      {query.data && <ActivityView record={query.data} />}
    </RecordFrame>
  );
}
