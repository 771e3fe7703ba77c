import { Breadcrumb, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { ForbiddenPage } from '../app/ForbiddenPage';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useOrganisation } from '../organisations/api';
import { useSolution } from './api';
import { solutionScope } from './scope';
import './solutions.css';
import { SolutionForm } from './SolutionForm';
import { idOf } from '../app/listParams';
import { useIdParam } from '../app/useIdParam';

/** /solutions/new, or /solutions/new?organisation=7 from that organisation's page. */
export function NewSolutionPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const ownerId = idOf(params.get('organisation')) ?? 0;
  const owner = useOrganisation(ownerId);
  usePageTitle(t('solutions.createTitle'));
  // The owner's name labels the picker; without it the form would show a bare number.
  const waiting = ownerId > 0 && owner.isPending;
  const organisation = owner.data?.organisation;
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          organisation
            ? {
                title: (
                  <Link to={`/organisations/${organisation.id}`}>
                    {localName(organisation, currentLanguage()) || `#${organisation.id}`}
                  </Link>
                ),
              }
            : { title: <Link to="/solutions">{t('solutions.title')}</Link> },
          { title: t('solutions.createTitle') },
        ]}
      />
      <div className="page-heading">
        <Typography.Title level={2}>{t('solutions.createTitle')}</Typography.Title>
        <Typography.Text type="secondary">{t('solutions.createSubtitle')}</Typography.Text>
      </div>
      {waiting ? <Skeleton active paragraph={{ rows: 10 }} /> : <SolutionForm owner={organisation} />}
    </>
  );
}

/** /solutions/:id/edit: changes a solution, for those whose scope holds it. */
export function EditSolutionPage() {
  const { t } = useTranslation();
  const { id, idParam } = useIdParam();
  const { can } = useAuth();
  const query = useSolution(id);
  const solution = query.data?.solution;
  const name = solution ? localName(solution, currentLanguage()) || `#${solution.id}` : undefined;
  const title = t('solutions.editTitle', { name: name ?? `#${id}` });
  usePageTitle(title);

  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return <NotFoundPage detail={t('solutions.notFound', { id: idParam })} />;
  }
  if (solution && !can('solution.update', solutionScope(solution))) return <ForbiddenPage />;
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/solutions">{t('solutions.title')}</Link> },
          { title: <Link to={`/solutions/${id}`}>{name ?? `#${id}`}</Link> },
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
        <SolutionForm key={query.data.etag} record={query.data} onReload={() => query.refetch()} />
      )}
    </>
  );
}
