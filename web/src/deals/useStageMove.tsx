import type { UseMutationResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { gateIssues, gateMarks, needs, type GateIssue } from './gate';
import { GateModal } from './GateModal';
import { MoveDialog, type MoveReason } from './MoveDialog';
import type { ReasonNeed } from './stages';

/** What a record that moves along stages carries for its moves. */
export interface Movable {
  id: number;
  title: string;
  version: number;
  editable: boolean;
}

/** The body of a move: the stage, and why when it is a way out. */
export interface StageTransition<S extends string> {
  to: S;
  reason?: string;
  lost_to?: string;
}

/** A move of one record, with the entity tag of the version the reader saw. */
export interface StageMove<R extends Movable, S extends string> {
  record: R;
  etag: string;
  transition: StageTransition<S>;
}

/** What the edit form is told when a refused move sends the reader to it. */
export interface GateState<S extends string = string, F extends string = string> {
  gate: { to: S; issues: GateIssue<F>[] };
  /** Where to go back to once saved: the page the move was tried from. */
  back: string;
}

export interface StageMoveTexts<S extends string> {
  /** The note once moved: "“Name” is now at the stage Proposal". */
  done: (name: string, stage: string) => string;
  /** Someone else changed the record meanwhile; it was read again. */
  stale: string;
  /** The gate window's way to the form: "Fill in the deal". */
  edit: string;
  /** The reason dialog of a way out. */
  dialog: (to: S, name: string) => { title: string; ok: string; hint: string };
}

interface Options<R extends Movable, S extends string, F extends string> {
  /** Names the notes of one record, so that a quick series of moves shows only the latest. */
  kind: string;
  mutation: UseMutationResult<unknown, Error, StageMove<R, S>>;
  nameOf: (stage: S) => string;
  reasonNeed: (to: S) => ReasonNeed;
  /** The form field of a pointer of the record's body. */
  fieldOf: (pointer: string | undefined) => F | undefined;
  texts: StageMoveTexts<S>;
  /** The record's form, where what a gate lacks is filled in. */
  editPath: (record: R) => string;
  /** Where a deal's milestones are planned, when a gate asks for them. */
  milestonesPath?: (record: R) => string;
  /** Reads the record again after someone else changed it (409). */
  onStale?: () => void;
}

interface Asking<R, S> {
  record: R;
  to: S;
  etag: string;
}

interface Refused<R, S extends string, F extends string> {
  record: R;
  to: S;
  issues: GateIssue<F>[];
}

/**
 * Moves records between stages (deals, relocation cases): asks why before a way out, lists what
 * a stage's gate lacks when the server refuses (with the way to the form, or to a deal's
 * milestones, that supplies it), and reads the record again through `onStale` when someone else
 * moved it meanwhile (409).
 */
export function useStageMove<R extends Movable, S extends string, F extends string>({
  kind,
  mutation,
  nameOf,
  reasonNeed,
  fieldOf,
  texts,
  editPath,
  milestonesPath,
  onStale,
}: Options<R, S, F>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [asking, setAsking] = useState<Asking<R, S> | null>(null);
  const [refused, setRefused] = useState<Refused<R, S, F> | null>(null);

  const run = (
    record: R,
    etag: string,
    transition: StageTransition<S>,
    onFieldError?: (error: unknown) => void,
  ) =>
    mutation.mutate(
      { record, etag, transition },
      {
        onSuccess: () => {
          setAsking(null);
          void message.success({
            key: `${kind}-move-${record.id}`,
            content: texts.done(record.title, nameOf(transition.to)),
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
            void message.warning({ key: `${kind}-move-${record.id}`, content: texts.stale, duration: 8 });
            onStale?.();
            return;
          }
          const issues = error.status === 422 ? gateIssues(error.problem, fieldOf) : [];
          // What the dialog asks for is shown on its fields; a gate's lacks in their own window.
          if (issues.length > 0 && !issues.every((issue) => issue.place === 'dialog')) {
            setAsking(null);
            mutation.reset();
            setRefused({ record, to: transition.to, issues });
            return;
          }
          if (onFieldError) onFieldError(error);
          else void message.error(error.message, 8);
        },
      },
    );

  /** Moves `record` to `to`, first asking why when the stage is a way out. */
  const move = (record: R, to: S, etag = `"${record.version}"`) => {
    mutation.reset();
    if (reasonNeed(to) !== 'none') setAsking({ record, to, etag });
    else run(record, etag, { to });
  };

  const asked = asking && texts.dialog(asking.to, asking.record.title);
  const dialog: ReactNode = asking && asked && (
    <MoveDialog
      title={asked.title}
      okText={asked.ok}
      reasonHint={asked.hint}
      askWinner={reasonNeed(asking.to) === 'reason_and_winner'}
      pending={mutation.isPending}
      error={mutation.error}
      onSubmit={(reason: MoveReason, onFieldError) =>
        run(asking.record, asking.etag, { to: asking.to, ...reason }, onFieldError)
      }
      onClose={() => {
        setAsking(null);
        mutation.reset();
      }}
    />
  );

  const gate: ReactNode = refused && (
    <GateModal
      title={refused.record.title}
      stage={nameOf(refused.to)}
      issues={refused.issues}
      editText={texts.edit}
      onClose={() => setRefused(null)}
      onEdit={
        refused.record.editable
          ? () => {
              const state: GateState<S, F> = {
                gate: { to: refused.to, issues: refused.issues.filter((issue) => issue.place === 'form') },
                back: `${location.pathname}${location.search}`,
              };
              setRefused(null);
              navigate(editPath(refused.record), { state });
            }
          : undefined
      }
      onMilestones={
        milestonesPath && needs(refused.issues, 'milestones')
          ? () => {
              setRefused(null);
              navigate(milestonesPath(refused.record));
            }
          : undefined
      }
    />
  );

  /** The record whose move is on its way, if any, and the stage it goes to. */
  const pendingId = mutation.isPending ? mutation.variables?.record.id : undefined;
  const pendingTo = mutation.isPending ? mutation.variables?.transition.to : undefined;

  return { move, dialog, gate, pendingId, pendingTo, pending: mutation.isPending };
}

/** What a refused move handed over to the form it led to; anything else is ignored. */
export function readGateState<S extends string, F extends string>(state: unknown): Partial<GateState<S, F>> {
  const { gate, back } = (state ?? {}) as Partial<GateState<S, F>>;
  return {
    gate: gate && Array.isArray(gate.issues) ? gate : undefined,
    back: typeof back === 'string' && back.startsWith('/') ? back : undefined,
  };
}

/** Marks, once, what a refused move lacked on the fields of the form that supplies it. */
export function useGateMarks<F extends string>(
  form: FormInstance,
  gate: { issues: GateIssue<F>[] } | undefined,
) {
  const marked = useRef(false);
  useEffect(() => {
    if (!gate || marked.current) return;
    marked.current = true;
    form.setFields(gateMarks(gate.issues));
  }, [gate, form]);
}
