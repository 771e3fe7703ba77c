/** Query keys of the audit trail; any write elsewhere makes them stale. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (query: object) => ['audit', 'list', query] as const,
  record: (entity: string, id: string) => ['audit', 'record', entity, id] as const,
};
