import { Breadcrumb, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { ForbiddenPage } from '../app/ForbiddenPage';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useOrganisation } from './api';
import './organisations.css';
import { OrganisationForm } from './OrganisationForm';
import { scopeOf } from './OrganisationPage';
import { useIdParam } from '../app/useIdParam';

/** /organisations/new: a new organisation. */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  usePageTitle(t('organisations.createTitle'));
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/organisations">{t('organisations.title')}</Link> },
          { title: t('organisations.createTitle') },
        ]}
      />
      <div className="page-heading">
        <Typography.Title level={2}>{t('organisations.createTitle')}</Typography.Title>
        <Typography.Text type="secondary">{t('organisations.createSubtitle')}</Typography.Text>
      </div>
      <OrganisationForm />
    </>
  );
}

/** /organisations/:id/edit: changes an organisation, for those whose scope holds it. */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  const { id, idParam } = useIdParam();
  const { can } = useAuth();
  const query = useOrganisation(id);
  const organisation = query.data?.organisation;
  const name = organisation ? localName(organisation, currentLanguage()) || `#${organisation.id}` : undefined;
  const title = t('organisations.editTitle', { name: name ?? `#${id}` });
  usePageTitle(title);

  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return <NotFoundPage detail={t('organisations.notFound', { id: idParam })} />;
  }
  if (organisation && !can('organisation.update', scopeOf(organisation))) return <ForbiddenPage />;
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/organisations">{t('organisations.title')}</Link> },
          { title: <Link to={`/organisations/${id}`}>{name ?? `#${id}`}</Link> },
          { title: t('common.edit') },
        ]}
      />
      <div className="page-heading">
        <Typography.Title level={2}>{title}</Typography.Title>
      </div>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {query.data && (
        // A fresh version means fresh initial values.
        <OrganisationForm key={query.data.etag} record={query.data} onReload={() => query.refetch()} />
      )}
    </>
  );
}
