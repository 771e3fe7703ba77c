import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useStageMove, type GateState } from '../deals/useStageMove';
import { useTransitionRelocation } from './api';
import { formFieldOf, type FormField } from './formValues';
import { reasonNeed } from './stages';
import type { RelocationCase, RelocationStage } from './types';

/** What the case's form is told when a refused move sends the reader to it. */
export type RelocationGateState = GateState<RelocationStage, FormField>;

/** The stages' names in the reader's language. */
export function useRelocationStageName() {
  const { t } = useTranslation();
  return useCallback((stage: RelocationStage) => t(`relocations.stages.${stage}`), [t]);
}

/**
 * Moves a relocation case between stages (see useStageMove): a lost case says why, and a gate's
 * lacks lead to the case's form.
 */
export function useRelocationMove({ onStale }: { onStale?: () => void } = {}) {
  const { t } = useTranslation();
  const nameOf = useRelocationStageName();
  return useStageMove<RelocationCase, RelocationStage, FormField>({
    kind: 'relocation',
    mutation: useTransitionRelocation(),
    nameOf,
    reasonNeed,
    fieldOf: formFieldOf,
    texts: {
      done: (name, stage) => t('relocations.move.done', { name, stage }),
      stale: t('relocations.move.stale'),
      edit: t('relocations.gate.edit'),
      dialog: (_to, name) => ({
        title: t('relocations.move.lostTitle', { name }),
        ok: t('relocations.move.lost'),
        hint: t('relocations.move.reasonHint'),
      }),
    },
    editPath: (relocation) => `/relocations/${relocation.id}/edit`,
    onStale,
  });
}
