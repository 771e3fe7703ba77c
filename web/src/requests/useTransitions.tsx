import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { ProblemAlert } from '../app/ProblemAlert';
import { useTransitionRequest, type RequestRecord } from './api';
import { mainTransition, orderedTransitions, reasonNeed, transitionLabelKey } from './status';
import { TransitionDialog } from './TransitionDialog';
import type { RequestStatus, RequestTransition } from './types';

type Asked = Parameters<typeof TransitionDialog>[0]['to'];

const asks = (to: RequestStatus): to is Asked => reasonNeed(to) !== 'none';

/**
 * The moves the server allows the reader on a request: a button for each, the dialog of a move
 * that asks for a reason or a note, and the alert of a move the server refused. A request
 * someone else changed meanwhile (409) is reloaded through `onStale`.
 */
export function useTransitions(record: RequestRecord, onStale: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { request, etag } = record;
  const mutation = useTransitionRequest(request.id);
  const [asking, setAsking] = useState<Asked | null>(null);
  const number = t('requests.number', { id: request.id });

  const run = (transition: RequestTransition, onFieldError?: (error: unknown) => void) =>
    mutation.mutate(
      { transition, etag },
      {
        onSuccess: (next) => {
          setAsking(null);
          // One note per request: a quick series of moves shows only the latest.
          void message.success({
            key: `request-move-${request.id}`,
            content: t('requests.transition.done', { status: t(`requests.statuses.${next.request.status}`) }),
          });
        },
        onError: (error) => {
          if (error instanceof ProblemError && error.status === 409 && !error.problem.errors?.length) {
            setAsking(null);
            mutation.reset();
            void message.warning(t('requests.transition.stale'), 8);
            onStale();
            return;
          }
          onFieldError?.(error);
        },
      },
    );

  const main = mainTransition(request.allowed_transitions);
  const buttons: ReactNode = orderedTransitions(request.allowed_transitions).map((to) => (
    <Button
      key={to}
      type={to === main ? 'primary' : 'default'}
      danger={reasonNeed(to) === 'required'}
      loading={mutation.isPending && mutation.variables?.transition.to === to}
      disabled={mutation.isPending}
      onClick={() => {
        mutation.reset();
        if (asks(to)) setAsking(to);
        else run({ to });
      }}
    >
      {t(transitionLabelKey(request.status, to as Exclude<RequestStatus, 'new'>))}
    </Button>
  ));

  const dialog: ReactNode = asking && (
    <TransitionDialog
      number={number}
      to={asking}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={run}
      onClose={() => {
        setAsking(null);
        mutation.reset();
      }}
    />
  );

  const problem: ReactNode = !asking && mutation.isError && <ProblemAlert error={mutation.error} />;

  return { buttons, dialog, problem };
}
