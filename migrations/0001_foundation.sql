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

-- Every write appends here in its own transaction; search indexing, caches and notifications
-- of every instance consume it in id order.
CREATE TABLE outbox (
  id {{id}},
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL
);

-- Instance-wide settings and markers (such as whether the demo data was loaded).
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
