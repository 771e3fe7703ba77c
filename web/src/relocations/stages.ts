import { stageLeftOf, stepStateOn, type StepState } from '../app/stagePath';
import type { ReasonNeed } from '../deals/stages';
import type { RelocationKind, RelocationStage, RelocationStageChange } from './types';

// The way of a relocation case (docs/openapi.yaml, POST /api/v1/relocations/{id}/transition):
// prospect <-> engaged <-> application -> relocated, and lost (with the reason) from any open
// stage. The server says which moves the caller may make now, and refuses a move whose gate
// does not hold.
export const RELOCATION_STAGES = [
  'prospect',
  'engaged',
  'application',
  'relocated',
  'lost',
] as const satisfies readonly RelocationStage[];

/** The way of a case that goes well, from the first interest to the move. */
export const MAIN_PATH = [
  'prospect',
  'engaged',
  'application',
  'relocated',
] as const satisfies readonly RelocationStage[];

export const RELOCATION_KINDS = [
  'headquarters',
  'rnd_centre',
  'joint_venture',
  'licensing',
  'production',
] as const satisfies readonly RelocationKind[];

export const STAGE_COLORS: Record<RelocationStage, string> = {
  prospect: 'default',
  engaged: 'blue',
  application: 'geekblue',
  relocated: 'success',
  lost: 'red',
};

/** The same colours as plain CSS, for the dots of the stage history. */
export const STAGE_HEX: Record<RelocationStage, string> = {
  prospect: '#8c8c8c',
  engaged: '#1677ff',
  application: '#2f54eb',
  relocated: '#389e0d',
  lost: '#ff4d4f',
};

/** What the list's stage filter offers besides the stages: every stage still open. */
export const OPEN = 'open';
export type StageChoice = RelocationStage | typeof OPEN;
export const STAGE_CHOICES = [OPEN, ...RELOCATION_STAGES] as const satisfies readonly StageChoice[];

/** Relocated or lost: nothing moves or changes it any more. */
export function isClosed(stage: RelocationStage): boolean {
  return stage === 'relocated' || stage === 'lost';
}

/** Lost: the case went out of its way. */
export function isLost(stage: RelocationStage): boolean {
  return stage === 'lost';
}

/** Only a lost case says why. */
export function reasonNeed(to: RelocationStage): ReasonNeed {
  return to === 'lost' ? 'reason' : 'none';
}

/** The moves the server allows, in the order of the way: forward and back first, lost last. */
export function orderedTransitions(allowed: readonly RelocationStage[]): RelocationStage[] {
  return RELOCATION_STAGES.filter((stage) => allowed.includes(stage));
}

/** The move its button stands out for: the next stage along the way, when allowed. */
export function mainTransition(
  stage: RelocationStage,
  allowed: readonly RelocationStage[],
): RelocationStage | undefined {
  const index = (MAIN_PATH as readonly RelocationStage[]).indexOf(stage);
  const next = index >= 0 ? MAIN_PATH[index + 1] : undefined;
  return next && allowed.includes(next) ? next : undefined;
}

/**
 * The stage a lost case left, from its history (oldest first): where its steps stop. Undefined
 * while the history is not read, or for a case not lost.
 */
export function stageLeft(
  stage: RelocationStage,
  history: readonly RelocationStageChange[] | undefined,
): RelocationStage | undefined {
  return stageLeftOf(stage, history, isLost);
}

/** Which of the MAIN_PATH steps is the case's: done (relocated), in progress, or stopped (lost). */
export function stepState(stage: RelocationStage, left?: RelocationStage): StepState {
  return stepStateOn<RelocationStage>(MAIN_PATH, stage, { isOut: isLost, left });
}
