import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, send } from '../api/client';
import type { components } from '../api/schema';
import { auditKeys } from '../audit/keys';

type Schemas = components['schemas'];
export type TaxonomyClass = Schemas['TaxonomyClass'];
export type ClassInput = Schemas['TaxonomyClassInput'];
export type ClassPatch = Schemas['TaxonomyClassPatch'];

function useRefreshAfterWrite() {
  const client = useQueryClient();
  return () => {
    // Every picker of classes reads the taxonomy; the history shows the change.
    void client.invalidateQueries({ queryKey: ['taxonomy'] });
    void client.invalidateQueries({ queryKey: auditKeys.all });
  };
}

export function useCreateClass() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async (input: ClassInput) =>
      (await send(api.POST('/api/v1/taxonomy/classes', { body: input }))).data,
    onSuccess: refresh,
  });
}

type Taxonomy = Schemas['Taxonomy'];

/** The taxonomy with `changed` in place of the class it was (gone when archived). */
export function withClass(taxonomy: Taxonomy, changed: TaxonomyClass): Taxonomy {
  return {
    ...taxonomy,
    groups: taxonomy.groups.map((group) => ({
      ...group,
      classes: group.classes.flatMap((item) =>
        item.id !== changed.id ? [item] : changed.archived_at ? [] : [{ ...changed, used: item.used }],
      ),
    })),
  };
}

/** Changes labels or synonyms, or archives a class; `version` is what the list showed. */
export function usePatchClass() {
  const refresh = useRefreshAfterWrite();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ item, patch }: { item: TaxonomyClass; patch: ClassPatch }) =>
      (
        await send(
          api.PATCH('/api/v1/taxonomy/classes/{id}', {
            params: { path: { id: item.id }, header: { 'If-Match': `"${item.version}"` } },
            body: patch,
            headers: { 'Content-Type': 'application/merge-patch+json' },
          }),
        )
      ).data,
    // The list holds the new version at once, so that a next change does not meet a 409.
    onSuccess: (changed) =>
      client.setQueryData<Taxonomy>(['taxonomy'], (taxonomy) => taxonomy && withClass(taxonomy, changed)),
    onSettled: refresh,
  });
}
