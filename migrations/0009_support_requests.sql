-- The service catalogue: the four types of support and their subtypes (extendable by
-- administrators), each with the number of days a request of it is due in. A subtype without
-- its own number takes its type's.
CREATE TABLE request_types (
  id {{id}},
  code TEXT NOT NULL UNIQUE,
  parent_code TEXT REFERENCES request_types (code),
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sla_days INTEGER CHECK (sla_days IS NULL OR sla_days BETWEEN 1 AND 365),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT,
  CHECK (parent_code IS NOT NULL OR sla_days IS NOT NULL)
);

INSERT INTO request_types (code, parent_code, name_ru, name_en, sla_days, position, created_at,
                           updated_at) VALUES
  ('consulting', NULL, 'Консультационная поддержка', 'Consulting', 10, 100,
   '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('information', NULL, 'Информационно-аналитическая поддержка', 'Information and analytics', 15,
   200, '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('legal', NULL, 'Правовая поддержка', 'Legal support', 20, 300,
   '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('organisational', NULL, 'Организационная поддержка', 'Organisational support', 15, 400,
   '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z');

INSERT INTO request_types (code, parent_code, name_ru, name_en, sla_days, position, created_at,
                           updated_at) VALUES
  ('market_research', 'information', 'Исследование рынка', 'Market research', 20, 210,
   '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('partner_search', 'organisational', 'Поиск партнёров', 'Partner search', NULL, 410,
   '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('tender_support', 'consulting', 'Сопровождение тендера', 'Tender support', 7, 110,
   '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('certification', 'legal', 'Сертификация и локализация', 'Certification and localisation', 30,
   310, '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('event_participation', 'organisational', 'Участие в мероприятиях', 'Event participation', NULL,
   420, '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('visa_relocation', 'organisational', 'Визы и релокация', 'Visas and relocation', 10, 430,
   '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z'),
  ('dispute', 'legal', 'Урегулирование споров', 'Dispute resolution', NULL, 320,
   '2026-11-21T00:00:00.000Z', '2026-11-21T00:00:00.000Z');

-- Requests of companies for support in a country. `parent_type` is the type of `type` (the type
-- itself for a request filed under a type), kept so reports group by the four types without a
-- join. `due_at` is fixed at filing from the days of the type; `status_changed_at` tells the
-- time in the current status; `closed_at` is set on entering a final status.
CREATE TABLE support_requests (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  country TEXT NOT NULL REFERENCES countries (iso2),
  type TEXT NOT NULL REFERENCES request_types (code),
  parent_type TEXT NOT NULL
    CHECK (parent_type IN ('consulting', 'information', 'legal', 'organisational')),
  subject TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  desired_date TEXT,
  status TEXT NOT NULL CHECK (status IN ('new', 'triaged', 'in_progress', 'waiting_on_company',
                                         'resolved', 'declined', 'cancelled')),
  is_open INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  assignee_id BIGINT REFERENCES users (id),
  filed_by BIGINT REFERENCES users (id),
  due_at TEXT NOT NULL,
  status_changed_at TEXT NOT NULL,
  closed_at TEXT,
  comment_count INTEGER NOT NULL DEFAULT 0,
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX support_requests_country ON support_requests (country, is_open, created_at);
CREATE INDEX support_requests_assignee ON support_requests (assignee_id, is_open, due_at);
CREATE INDEX support_requests_organisation ON support_requests (organisation_id, created_at);
CREATE INDEX support_requests_open_due ON support_requests (is_open, due_at);
CREATE INDEX support_requests_created ON support_requests (created_at);

-- The thread of a request. Internal notes are for staff: company users never receive them.
CREATE TABLE request_comments (
  id {{id}},
  request_id BIGINT NOT NULL REFERENCES support_requests (id),
  body TEXT NOT NULL,
  internal INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX request_comments_request ON request_comments (request_id, id);
