import { DeleteOutlined, EditOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { RecordHistory } from '../audit/RecordHistory';
import { useAuth } from '../auth/AuthProvider';
import { ContactsCard } from '../contacts/ContactsCard';
import { currentLanguage } from '../i18n/i18n';
import { localName, otherName } from '../i18n/localName';
import { OrganisationSolutionsCard } from '../solutions/OrganisationSolutionsCard';
import { useArchiveOrganisation, useOrganisation, type OrganisationRecord } from './api';
import './organisations.css';
import { DescriptionCard } from './DescriptionCard';
import { LinksCard } from './LinksCard';
import { MarketsCard } from './MarketsCard';
import { MergeDialog } from './MergeDialog';
import { ProfileCard } from './ProfileCard';
import { KindTag } from './tags';
import { useIdParam } from '../app/useIdParam';

/** The record's attributes its scope is decided on (auth/permissions.ts). */
export function scopeOf(organisation: { id: number; country: string }) {
  return { country: organisation.country, company: organisation.id };
}

/** Edit, archive and merge, for those who may. */
function Actions({ record, onStale }: { record: OrganisationRecord; onStale: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { organisation } = record;
  const archive = useArchiveOrganisation(organisation.id);
  const [merging, setMerging] = useState(false);
  const scope = scopeOf(organisation);
  const name = localName(organisation, currentLanguage());

  const confirmArchive = () =>
    modal.confirm({
      title: t('organisations.archive.confirm', { name }),
      content: t('organisations.archive.detail'),
      okText: t('organisations.archive.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        archive.mutateAsync(record.etag).then(
          () => {
            void message.success(t('organisations.archive.done', { name }));
            navigate('/organisations');
          },
          (error: unknown) => {
            // Changed meanwhile, or still holding records: either way the page shows stale data.
            if (error instanceof ProblemError && error.status === 409) onStale();
            void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'), 8);
          },
        ),
    });

  return (
    <Space wrap>
      {can('organisation.update', scope) && (
        <Button
          type="primary"
          icon={<EditOutlined />}
          onClick={() => navigate(`/organisations/${organisation.id}/edit`)}
        >
          {t('common.edit')}
        </Button>
      )}
      {can('organisation.delete', scope) && (
        <>
          <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)}>
            {t('organisations.merge.open')}
          </Button>
          <Button danger icon={<DeleteOutlined />} onClick={confirmArchive} loading={archive.isPending}>
            {t('organisations.archive.open')}
          </Button>
        </>
      )}
      {merging && (
        <MergeDialog
          organisation={organisation}
          onClose={() => {
            setMerging(false);
            onStale();
          }}
        />
      )}
    </Space>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const { id, idParam } = useIdParam();
  const { can } = useAuth();
  const language = currentLanguage();
  const query = useOrganisation(id);
  const organisation = query.data?.organisation;
  const name = organisation ? localName(organisation, language) || `#${organisation.id}` : undefined;
  usePageTitle(name ?? t('organisations.title'));

  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return <NotFoundPage detail={t('organisations.notFound', { id: idParam })} />;
  }
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/organisations">{t('organisations.title')}</Link> },
          { title: name ?? `#${id}` },
        ]}
      />
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {query.data && organisation && (
        <>
          <div className="page-heading page-heading-actions">
            <div>
              <Typography.Title level={2}>{name}</Typography.Title>
              <Space size={8} wrap>
                <KindTag kind={organisation.kind} />
                {otherName(organisation, language) && (
                  <Typography.Text type="secondary">{otherName(organisation, language)}</Typography.Text>
                )}
              </Space>
            </div>
            <Actions record={query.data} onStale={() => void query.refetch()} />
          </div>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <ProfileCard organisation={organisation} />
            </Col>
            <Col xs={24} lg={12}>
              <Space direction="vertical" size={16} className="full-width">
                <DescriptionCard organisation={organisation} />
                <LinksCard links={organisation.links} />
              </Space>
            </Col>
            {can('solution.read') && (
              <Col span={24}>
                <OrganisationSolutionsCard organisation={organisation} />
              </Col>
            )}
            {can('contact.read') && (
              <Col span={24}>
                <ContactsCard organisation={organisation} />
              </Col>
            )}
            <Col span={24}>
              <MarketsCard organisation={organisation} />
            </Col>
            {can('audit.read') && (
              <Col span={24}>
                <RecordHistory entity="organisation" id={String(organisation.id)} />
              </Col>
            )}
          </Row>
        </>
      )}
    </>
  );
}
