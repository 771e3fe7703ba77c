-- Export deals: a domestic company's sale abroad, followed from the first lead through the
-- contract to its last payment.

-- The stages of the pipeline in their order, with the probability (percent) that weighs a deal's
-- value in the pipeline report. Administrators change the probabilities; the stages and their
-- gates are fixed (domains/deals/rules.hpp).
CREATE TABLE deal_stages (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL,
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL,
  probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);

INSERT INTO deal_stages (code, position, name_ru, name_en, probability, created_at, updated_at)
VALUES
  ('lead', 1, 'Лид', 'Lead', 10, '2026-11-22T00:00:00.000Z', '2026-11-22T00:00:00.000Z'),
  ('qualified', 2, 'Квалифицирована', 'Qualified', 20, '2026-11-22T00:00:00.000Z',
   '2026-11-22T00:00:00.000Z'),
  ('proposal', 3, 'Предложение', 'Proposal', 40, '2026-11-22T00:00:00.000Z',
   '2026-11-22T00:00:00.000Z'),
  ('negotiation', 4, 'Переговоры', 'Negotiation', 60, '2026-11-22T00:00:00.000Z',
   '2026-11-22T00:00:00.000Z'),
  ('signed', 5, 'Контракт подписан', 'Signed', 90, '2026-11-22T00:00:00.000Z',
   '2026-11-22T00:00:00.000Z'),
  ('in_implementation', 6, 'Исполнение', 'In implementation', 95, '2026-11-22T00:00:00.000Z',
   '2026-11-22T00:00:00.000Z'),
  ('completed', 7, 'Исполнен', 'Completed', 100, '2026-11-22T00:00:00.000Z',
   '2026-11-22T00:00:00.000Z'),
  ('lost', 8, 'Проиграна', 'Lost', 0, '2026-11-22T00:00:00.000Z', '2026-11-22T00:00:00.000Z'),
  ('abandoned', 9, 'Прекращена', 'Abandoned', 0, '2026-11-22T00:00:00.000Z',
   '2026-11-22T00:00:00.000Z');

-- A deal. `value_minor` is in the minor units of `currency` (ISO 4217), both set or both null.
-- `is_open` is 1 before completed, lost and abandoned. The export win is the signed contract; the
-- company confirms it (`win_*`): the value it reports and whether the service helped.
CREATE TABLE deals (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  country TEXT NOT NULL REFERENCES countries (iso2),
  counterparty_id BIGINT REFERENCES organisations (id),
  category TEXT NOT NULL CHECK (category IN ('software', 'it_service', 'hardware_software',
                                             'radio_electronics')),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  value_minor BIGINT CHECK (value_minor IS NULL OR value_minor >= 0),
  currency TEXT,
  expected_close_date TEXT,
  owner_id BIGINT REFERENCES users (id),
  stage TEXT NOT NULL REFERENCES deal_stages (code),
  is_open INTEGER NOT NULL,
  stage_changed_at TEXT NOT NULL,
  contract_number TEXT NOT NULL DEFAULT '',
  contract_date TEXT,
  close_reason TEXT NOT NULL DEFAULT '',
  lost_to TEXT NOT NULL DEFAULT '',
  closed_at TEXT,
  win_confirmed_at TEXT,
  win_confirmed_by BIGINT REFERENCES users (id),
  win_value_minor BIGINT,
  win_currency TEXT,
  win_helped INTEGER,
  win_how TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT,
  CHECK ((value_minor IS NULL) = (currency IS NULL))
);
-- The board and the desk: a country's deals by stage.
CREATE INDEX deals_country_stage ON deals (country, stage, stage_changed_at)
  WHERE archived_at IS NULL;
CREATE INDEX deals_stage ON deals (stage, stage_changed_at) WHERE archived_at IS NULL;
CREATE INDEX deals_organisation ON deals (organisation_id, created_at);
CREATE INDEX deals_owner ON deals (owner_id, is_open);
CREATE INDEX deals_created ON deals (created_at) WHERE archived_at IS NULL;
-- Wins by year: the signed contracts.
CREATE INDEX deals_contract_date ON deals (contract_date) WHERE contract_date IS NOT NULL;

-- The solutions a deal sells, and the support requests that led to it.
CREATE TABLE deal_solutions (
  deal_id BIGINT NOT NULL REFERENCES deals (id),
  solution_id BIGINT NOT NULL REFERENCES solutions (id),
  PRIMARY KEY (deal_id, solution_id)
);
CREATE TABLE deal_requests (
  deal_id BIGINT NOT NULL REFERENCES deals (id),
  request_id BIGINT NOT NULL REFERENCES support_requests (id),
  PRIMARY KEY (deal_id, request_id)
);
CREATE INDEX deal_requests_request ON deal_requests (request_id);

-- Every move of a deal between stages: the deal's history and the time spent in each stage.
CREATE TABLE deal_stage_changes (
  id {{id}},
  deal_id BIGINT NOT NULL REFERENCES deals (id),
  from_stage TEXT,
  to_stage TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id)
);
CREATE INDEX deal_stage_changes_deal ON deal_stage_changes (deal_id, id);

-- What follows the signature: deliveries, acceptances and payments (with the amount received).
-- `done_on` is the day it happened; until then `due_on` is the plan.
CREATE TABLE deal_milestones (
  id {{id}},
  deal_id BIGINT NOT NULL REFERENCES deals (id),
  kind TEXT NOT NULL CHECK (kind IN ('delivery', 'acceptance', 'payment')),
  title TEXT NOT NULL DEFAULT '',
  due_on TEXT,
  done_on TEXT,
  amount_minor BIGINT CHECK (amount_minor IS NULL OR amount_minor >= 0),
  currency TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT,
  CHECK ((amount_minor IS NULL) = (currency IS NULL))
);
CREATE INDEX deal_milestones_deal ON deal_milestones (deal_id, id);
