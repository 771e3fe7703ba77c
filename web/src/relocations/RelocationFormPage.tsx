import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { isMissing, RecordFrame } from '../app/RecordFrame';
import { usePageTitle } from '../app/usePageTitle';
import { readGateState } from '../deals/useStageMove';
import { useRelocation } from './api';
import type { FormField } from './formValues';
import { RelocationForm } from './RelocationForm';
import './relocations.css';
import type { RelocationStage } from './types';
import { useIdParam } from '../app/useIdParam';

/** /relocations/new: opens a case at the prospect stage. */
export function NewRelocationPage() {
  const { t } = useTranslation();
  usePageTitle(t('relocations.createTitle'));
  return (
    <RecordFrame
      crumbs={[
        { title: <Link to="/relocations">{t('relocations.title')}</Link> },
        { title: t('relocations.createTitle') },
      ]}
      title={t('relocations.createTitle')}
      subtitle={t('relocations.createSubtitle')}
    >
      <RelocationForm />
    </RecordFrame>
  );
}

/** /relocations/:id/edit: changes an open case while the server says the reader may. */
export function EditRelocationPage() {
  const { t } = useTranslation();
  const { state } = useLocation();
  const { gate, back } = readGateState<RelocationStage, FormField>(state);
  const { id, idParam } = useIdParam();
  const query = useRelocation(id);
  const relocation = query.data?.relocation;
  const name = relocation?.title ?? t('relocations.number', { id });
  const title = t('relocations.editTitle', { name });
  usePageTitle(title);

  return (
    <RecordFrame
      crumbs={[
        { title: <Link to="/relocations">{t('relocations.title')}</Link> },
        { title: <Link to={`/relocations/${id}`}>{name}</Link> },
        { title: t('common.edit') },
      ]}
      title={title}
      load={query}
      notFound={isMissing(id, query.error) ? t('relocations.notFound', { id: idParam }) : undefined}
      notEditable={relocation && !relocation.editable ? t('relocations.notEditable') : undefined}
    >
      {query.data && relocation?.editable && (
        // A fresh version means fresh initial values.
        <RelocationForm
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
