import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { api, entityTag, send, sendEmpty } from '../api/client';
import { auditKeys } from '../audit/keys';
import { moveOnBoard } from './board';
import type {
  ApiBoardQuery,
  ApiDealQuery,
  ApiPipelineQuery,
  ApiWinsQuery,
  Deal,
  DealBoard,
  DealFields,
  DealMilestone,
  DealMilestoneFields,
  DealMilestonePatch,
  DealPatch,
  DealStage,
  DealStageInfo,
  DealWinFields,
} from './types';
import type { StageMove } from './useStageMove';

export const dealKeys = {
  all: ['deals'] as const,
  board: (query: ApiBoardQuery) => ['deals', 'board', query] as const,
  list: (query: ApiDealQuery) => ['deals', 'list', query] as const,
  one: (id: number) => ['deals', 'one', id] as const,
  history: (id: number) => ['deals', 'history', id] as const,
  milestones: (id: number) => ['deals', 'milestones', id] as const,
  pipeline: (query: ApiPipelineQuery) => ['deals', 'pipeline', query] as const,
  wins: (query: ApiWinsQuery) => ['deals', 'wins', query] as const,
  stages: ['deal-stages'] as const,
};

const validId = (id: number) => Number.isSafeInteger(id) && id > 0;

/** The stages in board order with their probabilities; they change only when an administrator says. */
export function useDealStages() {
  return useQuery({
    queryKey: dealKeys.stages,
    queryFn: async ({ signal }) => (await send(api.GET('/api/v1/deal-stages', { signal }))).data.items,
    staleTime: 10 * 60_000,
  });
}

/** Sets a stage's probability; `stage.version` is what the table showed, so a stale one is a 409. */
export function usePatchDealStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ stage, probability }: { stage: DealStageInfo; probability: number }) =>
      (
        await send(
          api.PATCH('/api/v1/deal-stages/{code}', {
            params: { path: { code: stage.code }, header: { 'If-Match': `"${stage.version}"` } },
            body: { probability },
          }),
        )
      ).data,
    onSuccess: (changed) =>
      client.setQueryData<DealStageInfo[]>(dealKeys.stages, (stages) =>
        stages?.map((stage) => (stage.code === changed.code ? changed : stage)),
      ),
    onSettled: () => {
      // The board's headers, the deals' probabilities and the weighted pipeline follow.
      void client.invalidateQueries({ queryKey: auditKeys.all });
      void client.invalidateQueries({ queryKey: dealKeys.all });
      return client.invalidateQueries({ queryKey: dealKeys.stages });
    },
  });
}

export function useDealBoard(query: ApiBoardQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dealKeys.board(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/deals/board', { params: { query }, signal }))).data,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useDealList(query: ApiDealQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dealKeys.list(query),
    queryFn: async ({ signal }) => (await send(api.GET('/api/v1/deals', { params: { query }, signal }))).data,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** A deal together with the entity tag a change of it must send back. */
export interface DealRecord {
  deal: Deal;
  etag: string;
}

function toRecord({ data, response }: { data: Deal; response: Response }): DealRecord {
  return { deal: data, etag: entityTag(response, data.version) };
}

export function useDeal(id: number) {
  return useQuery({
    queryKey: dealKeys.one(id),
    queryFn: async ({ signal }) =>
      toRecord(await send(api.GET('/api/v1/deals/{id}', { params: { path: { id } }, signal }))),
    enabled: validId(id),
  });
}

export function useDealHistory(id: number) {
  return useQuery({
    queryKey: dealKeys.history(id),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/deals/{id}/history', { params: { path: { id } }, signal }))).data.items,
    enabled: validId(id),
  });
}

export function useDealMilestones(id: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dealKeys.milestones(id),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/deals/{id}/milestones', { params: { path: { id } }, signal }))).data.items,
    enabled: validId(id) && (options.enabled ?? true),
  });
}

/**
 * After a write: every deal view (board, lists, the record, its history and milestones, the
 * reports) and the audit trail are read again; settled once those on screen are.
 */
function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: auditKeys.all });
    return client.invalidateQueries({ queryKey: dealKeys.all });
  };
}

export function useCreateDeal() {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (fields: DealFields) =>
      toRecord(await send(api.POST('/api/v1/deals', { body: fields }))),
    onSuccess: (record) => {
      void refresh();
      client.setQueryData(dealKeys.one(record.deal.id), record);
    },
  });
}

export function usePatchDeal(id: number) {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ patch, etag }: { patch: DealPatch; etag: string }) =>
      toRecord(
        await send(
          api.PATCH('/api/v1/deals/{id}', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        ),
      ),
    onSuccess: (record) => {
      void refresh();
      client.setQueryData(dealKeys.one(id), record);
    },
  });
}

/** A move of one deal, with the entity tag of the version the reader saw. */
export type DealMove = StageMove<Deal, DealStage>;

/**
 * Moves a deal to another stage. With `board` (the board's query key) the card moves on the
 * board at once and goes back if the server refuses.
 */
export function useTransitionDeal(board?: QueryKey) {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ record: deal, etag, transition }: DealMove) =>
      toRecord(
        await send(
          api.POST('/api/v1/deals/{id}/transition', {
            params: { path: { id: deal.id }, header: { 'If-Match': etag } },
            body: transition,
          }),
        ),
      ),
    onMutate: async ({ record: deal, transition }) => {
      if (!board) return undefined;
      await client.cancelQueries({ queryKey: board });
      const before = client.getQueryData<DealBoard>(board);
      if (before) client.setQueryData<DealBoard>(board, moveOnBoard(before, deal.id, transition.to));
      return { before };
    },
    onError: (_error, _move, context) => {
      if (board && context?.before) client.setQueryData(board, context.before);
    },
    onSuccess: (record) => client.setQueryData(dealKeys.one(record.deal.id), record),
    onSettled: refresh,
  });
}

/** The company confirms (or corrects) its export win. */
export function useConfirmWin(id: number) {
  const client = useQueryClient();
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ win, etag }: { win: DealWinFields; etag: string }) =>
      toRecord(
        await send(
          api.POST('/api/v1/deals/{id}/win', {
            params: { path: { id }, header: { 'If-Match': etag } },
            body: win,
          }),
        ),
      ),
    onSuccess: (record) => {
      void refresh();
      client.setQueryData(dealKeys.one(id), record);
    },
  });
}

/** Milestones change the deal's version: the deal is read again with them. */
export function useAddMilestone(id: number) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (fields: DealMilestoneFields) =>
      (await send(api.POST('/api/v1/deals/{id}/milestones', { params: { path: { id } }, body: fields })))
        .data,
    onSuccess: refresh,
  });
}

export function usePatchMilestone(id: number) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ milestone, patch }: { milestone: DealMilestone; patch: DealMilestonePatch }) =>
      (
        await send(
          api.PATCH('/api/v1/deals/{id}/milestones/{milestone_id}', {
            params: {
              path: { id, milestone_id: milestone.id },
              header: { 'If-Match': `"${milestone.version}"` },
            },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        )
      ).data,
    onSettled: refresh,
  });
}

export function useRemoveMilestone(id: number) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (milestone: DealMilestone) =>
      sendEmpty(
        api.DELETE('/api/v1/deals/{id}/milestones/{milestone_id}', {
          params: {
            path: { id, milestone_id: milestone.id },
            header: { 'If-Match': `"${milestone.version}"` },
          },
        }),
      ),
    onSettled: refresh,
  });
}

export function usePipelineReport(query: ApiPipelineQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dealKeys.pipeline(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/reports/pipeline', { params: { query }, signal }))).data,
    // The old answer stays while other filters load, not when the rows are grouped otherwise.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].group === query.group ? previous : undefined,
    enabled: options.enabled ?? true,
  });
}

export function useWinsReport(query: ApiWinsQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: dealKeys.wins(query),
    queryFn: async ({ signal }) =>
      (await send(api.GET('/api/v1/reports/wins', { params: { query }, signal }))).data,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].group === query.group ? previous : undefined,
    enabled: options.enabled ?? true,
  });
}

/** A company's support requests, newest first, to link a deal to; nothing is asked without one. */
export function useCompanyRequests(organisation: number, limit: number) {
  return useQuery({
    queryKey: ['requests', 'list', { organisation, limit, sort: '-created_at' }] as const,
    queryFn: async ({ signal }) =>
      (
        await send(
          api.GET('/api/v1/requests', {
            params: { query: { organisation, limit, sort: '-created_at' } },
            signal,
          }),
        )
      ).data,
    enabled: validId(organisation),
  });
}
