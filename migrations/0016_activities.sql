-- Activities: the meetings, calls, visits, e-mails and events of the service's staff, in the
-- countries they concern, with whom (users, contacts, organisations), and the deal, request or
-- relocation case they were about.
CREATE TABLE activities (
  id {{id}},
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'visit', 'email', 'event')),
  occurred_on TEXT NOT NULL,
  subject TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  deal_id BIGINT REFERENCES deals (id),
  request_id BIGINT REFERENCES support_requests (id),
  relocation_id BIGINT REFERENCES relocation_cases (id),
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX activities_occurred ON activities (occurred_on, id) WHERE archived_at IS NULL;
CREATE INDEX activities_deal ON activities (deal_id) WHERE deal_id IS NOT NULL;
CREATE INDEX activities_request ON activities (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX activities_relocation ON activities (relocation_id) WHERE relocation_id IS NOT NULL;

-- The countries an activity concerns: the timeline of a country desk, and an attaché's scope.
CREATE TABLE activity_countries (
  activity_id BIGINT NOT NULL REFERENCES activities (id),
  country TEXT NOT NULL REFERENCES countries (iso2),
  occurred_on TEXT NOT NULL,
  PRIMARY KEY (activity_id, country)
);
CREATE INDEX activity_countries_timeline ON activity_countries (country, occurred_on, activity_id);

-- Who took part: users of the service, contacts, organisations.
CREATE TABLE activity_participants (
  activity_id BIGINT NOT NULL REFERENCES activities (id),
  kind TEXT NOT NULL CHECK (kind IN ('user', 'contact', 'organisation')),
  ref_id BIGINT NOT NULL,
  PRIMARY KEY (activity_id, kind, ref_id)
);
CREATE INDEX activity_participants_ref ON activity_participants (kind, ref_id, activity_id);

-- Follow-up tasks: what someone has to do by a day, usually after an activity. Open until
-- `done_at`; the assignee's notifications list them as assigned, due soon and overdue.
CREATE TABLE tasks (
  id {{id}},
  activity_id BIGINT REFERENCES activities (id),
  title TEXT NOT NULL,
  due_on TEXT NOT NULL,
  assignee_id BIGINT NOT NULL REFERENCES users (id),
  country TEXT REFERENCES countries (iso2),
  done_at TEXT,
  is_open INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX tasks_assignee ON tasks (assignee_id, is_open, due_on) WHERE archived_at IS NULL;
CREATE INDEX tasks_activity ON tasks (activity_id) WHERE activity_id IS NOT NULL;
