import type { UserRef } from '../api/types';

/**
 * What the stage history of a record shows of one move, whatever the record: deals
 * (GET /api/v1/deals/{id}/history) and relocation cases (GET /api/v1/relocations/{id}/history)
 * answer with this shape, each with its own stages. Both generated types fit it.
 */
export interface StageChangeOf<S extends string> {
  /** Null for the record's opening. */
  from: S | null;
  to: S;
  reason: string;
  /** Null for a move the system made. */
  by: UserRef | null;
  at: string;
}

/**
 * The stage a record that went out of its way (lost, abandoned) left, from its history (oldest
 * first): where its steps stop. Undefined while the history is not read, for a record still on
 * its way, or when the history does not say where it left from.
 */
export function stageLeftOf<S extends string>(
  stage: S,
  history: readonly Pick<StageChangeOf<S>, 'from' | 'to'>[] | undefined,
  isOut: (stage: S) => boolean,
): S | undefined {
  if (!isOut(stage) || !history) return undefined;
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const change = history[index];
    if (change && change.to === stage) return change.from ?? undefined;
  }
  return undefined;
}

/** Which step of a record's way is its own, and how it shows: done, in progress, or stopped. */
export interface StepState {
  /** Index into the way; -1 when no step can be told (a record out whose history is not read). */
  current: number;
  status: 'process' | 'finish' | 'error';
}

/**
 * The steps' state of a record at `stage` on `path` (the way that goes well, its last stage the
 * goal): a record out of the way stops, failed, at the stage it `left`.
 */
export function stepStateOn<S extends string>(
  path: readonly S[],
  stage: S,
  options: { isOut: (stage: S) => boolean; left?: S },
): StepState {
  if (options.isOut(stage)) {
    return { current: options.left ? path.indexOf(options.left) : -1, status: 'error' };
  }
  const current = path.indexOf(stage);
  return { current, status: current === path.length - 1 ? 'finish' : 'process' };
}
