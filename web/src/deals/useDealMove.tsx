import type { QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { useTransitionDeal } from './api';
import { gateIssues, needs, type GateIssue } from './gate';
import { GateModal } from './GateModal';
import { MoveDialog } from './MoveDialog';
import { reasonNeed } from './stages';
import type { Deal, DealStage, DealTransition } from './types';
import { useStageName } from './useStageName';

/** What the edit form is told when a refused move sends the reader to it. */
export interface GateState {
  gate: { to: DealStage; issues: GateIssue[] };
  /** Where to go back to once saved: the board or the page the move was tried from. */
  back: string;
}

interface Asking {
  deal: Deal;
  to: 'lost' | 'abandoned';
  etag: string;
}

interface Refused {
  deal: Deal;
  to: DealStage;
  issues: GateIssue[];
}

/**
 * Moves deals between stages, from the board or a deal's page: asks why before a deal is lost
 * or abandoned, lists what a stage's gate lacks when the server refuses (with the way to the
 * form or the milestones that supply it), and reloads through `onStale` when someone else moved
 * the deal meanwhile (409). With `board` the card moves on the board at once.
 */
export function useDealMove({ board, onStale }: { board?: QueryKey; onStale?: () => void } = {}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const { nameOf } = useStageName();
  const mutation = useTransitionDeal(board);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [refused, setRefused] = useState<Refused | null>(null);

  const run = (
    deal: Deal,
    etag: string,
    transition: DealTransition,
    onFieldError?: (error: unknown) => void,
  ) =>
    mutation.mutate(
      { deal, etag, transition },
      {
        onSuccess: (next) => {
          setAsking(null);
          // One note per deal: a quick series of moves shows only the latest.
          void message.success({
            key: `deal-move-${deal.id}`,
            content: t('deals.move.done', { name: deal.title, stage: nameOf(next.deal.stage) }),
          });
        },
        onError: (error) => {
          if (!(error instanceof ProblemError)) {
            if (onFieldError) onFieldError(error);
            else void message.error(t('errors.networkTitle'), 8);
            return;
          }
          if (error.status === 409 && !error.problem.errors?.length) {
            setAsking(null);
            mutation.reset();
            void message.warning({
              key: `deal-move-${deal.id}`,
              content: t('deals.move.stale'),
              duration: 8,
            });
            onStale?.();
            return;
          }
          const issues = error.status === 422 ? gateIssues(error.problem) : [];
          // What the dialog asks for is shown on its fields; a gate's lacks in their own window.
          if (issues.length > 0 && !issues.every((issue) => issue.place === 'dialog')) {
            setAsking(null);
            mutation.reset();
            setRefused({ deal, to: transition.to, issues });
            return;
          }
          if (onFieldError) onFieldError(error);
          else void message.error(error.message, 8);
        },
      },
    );

  /** Moves `deal` to `to`, first asking why when the stage is a way out. */
  const move = (deal: Deal, to: DealStage, etag = `"${deal.version}"`) => {
    mutation.reset();
    const need = reasonNeed(to);
    if (need !== 'none') setAsking({ deal, to: to as Asking['to'], etag });
    else run(deal, etag, { to });
  };

  const dialog: ReactNode = asking && (
    <MoveDialog
      title={asking.deal.title}
      to={asking.to}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={(transition, onFieldError) => run(asking.deal, asking.etag, transition, onFieldError)}
      onClose={() => {
        setAsking(null);
        mutation.reset();
      }}
    />
  );

  const gate: ReactNode = refused && (
    <GateModal
      title={refused.deal.title}
      stage={nameOf(refused.to)}
      issues={refused.issues}
      onClose={() => setRefused(null)}
      onEdit={
        refused.deal.editable
          ? () => {
              const state: GateState = {
                gate: { to: refused.to, issues: refused.issues.filter((issue) => issue.place === 'form') },
                back: `${location.pathname}${location.search}`,
              };
              setRefused(null);
              navigate(`/deals/${refused.deal.id}/edit`, { state });
            }
          : undefined
      }
      onMilestones={
        needs(refused.issues, 'milestones')
          ? () => {
              setRefused(null);
              navigate(`/deals/${refused.deal.id}#milestones`);
            }
          : undefined
      }
    />
  );

  /** The deal whose move is on its way, if any. */
  const pendingId = mutation.isPending ? mutation.variables?.deal.id : undefined;
  const pendingTo = mutation.isPending ? mutation.variables?.transition.to : undefined;

  return { move, dialog, gate, pendingId, pendingTo, pending: mutation.isPending };
}
