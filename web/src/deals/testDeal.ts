import type { Deal, DealBoard, DealStage } from './types';

/** A deal as the API returns it, with `fields` changed; for the unit tests of this folder. */
export function testDeal(fields: Partial<Deal> = {}): Deal {
  return {
    id: 1,
    organisation_id: 1,
    organisation: { id: 1, name_ru: 'Лаборатория Касперского', name_en: 'Kaspersky Lab', country: 'RU' },
    country: 'VN',
    counterparty_id: null,
    counterparty: null,
    category: 'software',
    title: 'Anti-malware for a telecom operator',
    description: '',
    value: null,
    expected_close_date: null,
    owner_id: 3,
    owner: { id: 3, display_name: 'Demo HQ analyst' },
    contract_number: '',
    contract_date: null,
    solution_ids: [],
    solutions: [],
    request_ids: [],
    requests: [],
    stage: 'lead',
    probability: 10,
    stage_changed_at: '2026-11-01T10:00:00Z',
    close_reason: '',
    lost_to: '',
    closed_at: null,
    won: false,
    win: null,
    allowed_transitions: ['qualified', 'proposal', 'negotiation', 'signed', 'lost', 'abandoned'],
    editable: true,
    can_confirm_win: false,
    can_plan: false,
    version: 1,
    created_at: '2026-11-01T10:00:00Z',
    updated_at: '2026-11-01T10:00:00Z',
    ...fields,
  };
}

/** A board with a column per stage of `stages`, holding `deals` by their stage. */
export function testBoard(stages: DealStage[], deals: Deal[]): DealBoard {
  return {
    on: '2026-11-22',
    missing_rates: [],
    columns: stages.map((code, index) => {
      const items = deals.filter((deal) => deal.stage === code);
      return {
        stage: {
          code,
          name_ru: code,
          name_en: code,
          probability: index * 10,
          final: false,
          won: false,
          version: 1,
        },
        deals: items.length,
        value: { rub: 0, usd: 0 },
        items,
      };
    }),
  };
}
