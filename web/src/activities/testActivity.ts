import type { Activity, Task } from './types';

/** An activity as the API returns it, with `fields` changed; for the unit tests of this folder. */
export function testActivity(fields: Partial<Activity> = {}): Activity {
  return {
    id: 1,
    kind: 'meeting',
    occurred_on: '2026-11-20',
    subject: 'Met VTI about an R&D centre',
    notes: '',
    countries: ['VN'],
    participants: [
      { kind: 'user', id: 4, name_en: 'Demo attaché in Vietnam', name_ru: 'Demo attaché in Vietnam' },
      { kind: 'organisation', id: 23, name_en: 'Vietnam Telecom International', name_ru: '' },
    ],
    deal_id: null,
    request_id: null,
    relocation_id: 1,
    created_by: { id: 4, display_name: 'Demo attaché in Vietnam' },
    open_tasks: 0,
    version: 1,
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    ...fields,
  };
}

/** A follow-up task as the API returns it. */
export function testTask(fields: Partial<Task> = {}): Task {
  return {
    id: 1,
    title: 'Send the brochure',
    due_on: '2026-11-23',
    assignee_id: 4,
    assignee: { id: 4, display_name: 'Demo attaché in Vietnam' },
    activity_id: 1,
    activity_subject: 'Met VTI about an R&D centre',
    country: 'VN',
    done: false,
    done_at: null,
    created_by: { id: 4, display_name: 'Demo attaché in Vietnam' },
    version: 1,
    created_at: '2026-11-20T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    ...fields,
  };
}
