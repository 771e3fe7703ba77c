import type { QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTransitionDeal } from './api';
import { formFieldOf, type FormField } from './formValues';
import { reasonNeed } from './stages';
import type { Deal, DealStage } from './types';
import { useStageMove, type GateState } from './useStageMove';
import { useStageName } from './useStageName';

/** What the deal's form is told when a refused move sends the reader to it. */
export type DealGateState = GateState<DealStage, FormField>;

/**
 * Moves deals between stages, from the board or a deal's page (see useStageMove): a lost deal
 * also says who won instead, and a gate may ask for the contract's milestones. With `board`
 * the card moves on the board at once.
 */
export function useDealMove({ board, onStale }: { board?: QueryKey; onStale?: () => void } = {}) {
  const { t } = useTranslation();
  const { nameOf } = useStageName();
  return useStageMove<Deal, DealStage, FormField>({
    kind: 'deal',
    mutation: useTransitionDeal(board),
    nameOf,
    reasonNeed,
    fieldOf: formFieldOf,
    texts: {
      done: (name, stage) => t('deals.move.done', { name, stage }),
      stale: t('deals.move.stale'),
      edit: t('deals.gate.edit'),
      dialog: (to, name) => {
        const out = to as 'lost' | 'abandoned';
        return {
          title: t(`deals.move.titles.${out}`, { name }),
          ok: t(`deals.move.${out}`),
          hint: t('deals.move.reasonHint'),
        };
      },
    },
    editPath: (deal) => `/deals/${deal.id}/edit`,
    milestonesPath: (deal) => `/deals/${deal.id}#milestones`,
    onStale,
  });
}
