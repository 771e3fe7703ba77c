import { stageLeftOf, stepStateOn, type StepState } from '../app/stagePath';
import type { DealCategory, DealStage, DealStageChange } from './types';

// The pipeline (docs/openapi.yaml, POST /api/v1/deals/{id}/transition): before signature a deal
// moves freely among lead, qualified, proposal and negotiation, to signed, or out (lost,
// abandoned); then signed -> in_implementation -> completed, or abandoned. The server says which
// moves the caller may make now, and refuses a move whose stage gate does not hold.
export const DEAL_STAGES = [
  'lead',
  'qualified',
  'proposal',
  'negotiation',
  'signed',
  'in_implementation',
  'completed',
  'lost',
  'abandoned',
] as const satisfies readonly DealStage[];

/** The way of a deal that goes well, from the first contact to the last payment. */
export const MAIN_PATH = [
  'lead',
  'qualified',
  'proposal',
  'negotiation',
  'signed',
  'in_implementation',
  'completed',
] as const satisfies readonly DealStage[];

/** The ways out before completion. */
export const CLOSED_STAGES = ['lost', 'abandoned'] as const satisfies readonly DealStage[];

export const DEAL_CATEGORIES = [
  'software',
  'it_service',
  'hardware_software',
  'radio_electronics',
] as const satisfies readonly DealCategory[];

export const STAGE_COLORS: Record<DealStage, string> = {
  lead: 'default',
  qualified: 'cyan',
  proposal: 'blue',
  negotiation: 'geekblue',
  signed: 'green',
  in_implementation: 'lime',
  completed: 'success',
  lost: 'red',
  abandoned: 'orange',
};

/** The same colours as plain CSS, for the history's dots and the charts' bars. */
export const STAGE_HEX: Record<DealStage, string> = {
  lead: '#8c8c8c',
  qualified: '#13c2c2',
  proposal: '#1677ff',
  negotiation: '#2f54eb',
  signed: '#52c41a',
  in_implementation: '#7cb305',
  completed: '#389e0d',
  lost: '#ff4d4f',
  abandoned: '#fa8c16',
};

/** What the list's stage filter offers besides the stages: every stage still open. */
export const OPEN = 'open';
export type StageChoice = DealStage | typeof OPEN;
export const STAGE_CHOICES = [OPEN, ...DEAL_STAGES] as const satisfies readonly StageChoice[];

/** Completed, lost or abandoned: nothing moves it any more. */
export function isFinal(stage: DealStage): boolean {
  return stage === 'completed' || isClosedOut(stage);
}

export function isClosedOut(stage: DealStage): boolean {
  return (CLOSED_STAGES as readonly DealStage[]).includes(stage);
}

/** What a move asks for besides the drop: why a deal was lost and to whom, or why it was abandoned. */
export type ReasonNeed = 'none' | 'reason' | 'reason_and_winner';

export function reasonNeed(to: DealStage): ReasonNeed {
  if (to === 'lost') return 'reason_and_winner';
  return to === 'abandoned' ? 'reason' : 'none';
}

/** The moves the server allows, in board order: along the pipeline first, the ways out last. */
export function orderedTransitions(allowed: readonly DealStage[]): DealStage[] {
  return DEAL_STAGES.filter((stage) => allowed.includes(stage));
}

/** The move its button stands out for: the next stage along the pipeline, when allowed. */
export function mainTransition(stage: DealStage, allowed: readonly DealStage[]): DealStage | undefined {
  const index = (MAIN_PATH as readonly DealStage[]).indexOf(stage);
  const next = index >= 0 ? MAIN_PATH[index + 1] : undefined;
  return next && allowed.includes(next) ? next : undefined;
}

/**
 * The stage a lost or abandoned deal left, from its history (oldest first): where its steps
 * stop. Undefined while the history is not read, or for a deal still in the pipeline.
 */
export function stageLeft(
  stage: DealStage,
  history: readonly DealStageChange[] | undefined,
): DealStage | undefined {
  return stageLeftOf(stage, history, isClosedOut);
}

/** Which of the MAIN_PATH steps is the deal's, and how it shows: done, in progress, or stopped. */
export function stepState(stage: DealStage, left?: DealStage): StepState {
  return stepStateOn<DealStage>(MAIN_PATH, stage, { isOut: isClosedOut, left });
}
