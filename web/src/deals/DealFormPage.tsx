import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { isMissing, RecordFrame } from '../app/RecordFrame';
import { usePageTitle } from '../app/usePageTitle';
import { useDeal } from './api';
import { DealForm } from './DealForm';
import './deals.css';
import type { FormField } from './formValues';
import type { DealStage } from './types';
import { readGateState } from './useStageMove';
import { useDealsTitle } from './useDealsTitle';
import { useIdParam } from '../app/useIdParam';

/** /deals/new: opens a deal at the lead stage. */
export function NewDealPage() {
  const { t } = useTranslation();
  const deals = useDealsTitle();
  usePageTitle(t('deals.createTitle'));
  return (
    <RecordFrame
      crumbs={[{ title: <Link to="/deals">{deals}</Link> }, { title: t('deals.createTitle') }]}
      title={t('deals.createTitle')}
      subtitle={t('deals.createSubtitle')}
    >
      <DealForm />
    </RecordFrame>
  );
}

/** /deals/:id/edit: changes a deal while the server says the reader may. */
export function EditDealPage() {
  const { t } = useTranslation();
  const deals = useDealsTitle();
  const { state } = useLocation();
  const { gate, back } = readGateState<DealStage, FormField>(state);
  const { id, idParam } = useIdParam();
  const query = useDeal(id);
  const deal = query.data?.deal;
  const name = deal?.title ?? t('deals.number', { id });
  const title = t('deals.editTitle', { name });
  usePageTitle(title);

  return (
    <RecordFrame
      crumbs={[
        { title: <Link to="/deals">{deals}</Link> },
        { title: <Link to={`/deals/${id}`}>{name}</Link> },
        { title: t('common.edit') },
      ]}
      title={title}
      load={query}
      notFound={isMissing(id, query.error) ? t('deals.notFound', { id: idParam }) : undefined}
      notEditable={deal && !deal.editable ? t('deals.notEditable') : undefined}
    >
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
    </RecordFrame>
  );
}
