import type { RelocationCase } from './types';

/** A relocation case as the API returns it, with `fields` changed; for the unit tests of this folder. */
export function testRelocation(fields: Partial<RelocationCase> = {}): RelocationCase {
  return {
    id: 1,
    organisation_id: 23,
    organisation: { id: 23, name_ru: '', name_en: 'Vietnam Telecom International', country: 'VN' },
    from_country: 'VN',
    kind: 'rnd_centre',
    title: 'R&D centre in Kazan',
    notes: '',
    region: null,
    jobs: null,
    investment: null,
    owner_id: 4,
    owner: { id: 4, display_name: 'Demo attaché in Vietnam' },
    stage: 'prospect',
    stage_changed_at: '2026-11-01T10:00:00Z',
    close_reason: '',
    closed_at: null,
    allowed_transitions: ['engaged', 'lost'],
    editable: true,
    version: 1,
    created_at: '2026-11-01T10:00:00Z',
    updated_at: '2026-11-01T10:00:00Z',
    ...fields,
  };
}
