import { Alert, Breadcrumb, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { NotFoundPage } from '../app/NotFoundPage';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { useDeal } from './api';
import { DealForm } from './DealForm';
import './deals.css';
import type { GateState } from './useDealMove';
import { useDealsTitle } from './useDealsTitle';

const ID = /^[1-9][0-9]{0,15}$/;

/** What a refused move handed over, if the reader came from one; anything else is ignored. */
function readGate(state: unknown): Partial<GateState> {
  const { gate, back } = (state ?? {}) as Partial<GateState>;
  return {
    gate: gate && Array.isArray(gate.issues) ? gate : undefined,
    back: typeof back === 'string' && back.startsWith('/') ? back : undefined,
  };
}

/** /deals/new: opens a deal at the lead stage. */
export function NewDealPage() {
  const { t } = useTranslation();
  const deals = useDealsTitle();
  usePageTitle(t('deals.createTitle'));
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[{ title: <Link to="/deals">{deals}</Link> }, { title: t('deals.createTitle') }]}
      />
      <div className="page-heading">
        <Typography.Title level={2}>{t('deals.createTitle')}</Typography.Title>
        <Typography.Text type="secondary">{t('deals.createSubtitle')}</Typography.Text>
      </div>
      <DealForm />
    </>
  );
}

/** /deals/:id/edit: changes a deal while the server says the reader may. */
export function EditDealPage() {
  const { t } = useTranslation();
  const deals = useDealsTitle();
  const { state } = useLocation();
  const { gate, back } = readGate(state);
  const { id: idParam = '' } = useParams();
  const id = ID.test(idParam) ? Number(idParam) : 0;
  const query = useDeal(id);
  const deal = query.data?.deal;
  const number = t('deals.number', { id });
  const title = t('deals.editTitle', { name: deal?.title ?? number });
  usePageTitle(title);

  if (id === 0 || (query.error instanceof ProblemError && query.error.status === 404)) {
    return <NotFoundPage detail={t('deals.notFound', { id: idParam })} />;
  }
  return (
    <>
      <Breadcrumb
        className="page-breadcrumb"
        items={[
          { title: <Link to="/deals">{deals}</Link> },
          { title: <Link to={`/deals/${id}`}>{deal?.title ?? number}</Link> },
          { title: t('common.edit') },
        ]}
      />
      <div className="page-heading">
        <Typography.Title level={2}>{title}</Typography.Title>
      </div>
      {query.isError && <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {query.data && deal && !deal.editable && (
        <Alert type="info" showIcon message={t('deals.notEditable')} />
      )}
      {query.data && deal?.editable && (
        // A fresh version means fresh initial values.
        <DealForm
          key={query.data.etag}
          record={query.data}
          onReload={() => query.refetch()}
          gate={gate}
          back={back}
        />
      )}
    </>
  );
}
