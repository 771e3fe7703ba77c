-- Append-only trail of every write: who, when, what, and the change.
CREATE TABLE audit_log (
  id {{id}},
  at TEXT NOT NULL,
  user_id BIGINT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  diff TEXT NOT NULL,
  request_id TEXT NOT NULL,
  client_addr TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_at ON audit_log (at);

-- Every write appends here in the same transaction as the change; search indexing, caches and
-- notifications of every instance consume it in `seq` order.
CREATE TABLE outbox (
  id {{id}},
  seq BIGINT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL
);

-- The last outbox `seq`. A write takes the next number by updating this one row, whose lock it
-- holds until it commits, so numbers become visible in commit order: a reader that has seen `seq`
-- N has seen every change numbered below N. (Identity ids are handed out at insert, not at
-- commit, and would let a late commit hide behind a newer id.)
CREATE TABLE outbox_seq (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last BIGINT NOT NULL
);
INSERT INTO outbox_seq (id, last) VALUES (1, 0);

-- Instance-wide settings and markers (such as whether the demo data was loaded).
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
