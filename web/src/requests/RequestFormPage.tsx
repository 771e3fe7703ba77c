import { Alert, Breadcrumb, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useAuth } from '../auth/AuthProvider';
import { useRequest } from './api';
import { RequestForm } from './RequestForm';
import './requests.css';
import { isStaff } from './scope';
import { useIdParam } from '../app/useIdParam';

/** The queue's name for this reader: a company user sees its own requests. */
function useQueueTitle(): string {
  const { t } = useTranslation();
  const { me } = useAuth();
  return isStaff(me) ? t('requests.title') : t('requests.titleCompany');
}

/** /requests/new: files a request, for a company user its own company's. */
export function NewRequestPage() {
  const { t } = useTranslation();
  const queue = useQueueTitle();
  usePageTitle(t('requests.createTitle'));
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/requests">{queue}</Link> }, { title: t('requests.createTitle') }]}
      />
      <div className="page-heading">
        <Typography.Title level={2}>{t('requests.createTitle')}</Typography.Title>
        <Typography.Text type="secondary">{t('requests.createSubtitle')}</Typography.Text>
      </div>
      <RequestForm />
    </>
  );
}

/** /requests/:id/edit: changes a request while the server says the reader may. */
export function EditRequestPage() {
  const { t } = useTranslation();
  const queue = useQueueTitle();
  const { id, idParam } = useIdParam();
  const query = useRequest(id);
  const request = query.data?.request;
  const number = t('requests.number', { id });
  const title = t('requests.editTitle', { name: number });
  usePageTitle(title);

  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return <NotFoundPage detail={t('requests.notFound', { id: idParam })} />;
  }
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/requests">{queue}</Link> },
          { title: <Link to={`/requests/${id}`}>{number}</Link> },
          { title: t('common.edit') },
        ]}
      />
      <div className="page-heading">
        <Typography.Title level={2}>{title}</Typography.Title>
        {request && <Typography.Text type="secondary">{request.subject}</Typography.Text>}
      </div>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {query.data && request && !request.editable && (
        <Alert type="info" showIcon message={t('requests.notEditable')} />
      )}
      {query.data && request?.editable && (
        // A fresh version means fresh initial values.
        <RequestForm key={query.data.etag} record={query.data} onReload={() => query.refetch()} />
      )}
    </>
  );
}
