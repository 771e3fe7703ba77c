-- People who sign in. `email_key` is the e-mail folded to lower case, unique; the scope columns
-- hold what an attaché, a company user or a regional user may see (see src/domains/access).
-- `disabled_at` set means the account may not sign in and all its sessions and tokens ended.
CREATE TABLE users (
  id {{id}},
  email TEXT NOT NULL,
  email_key TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'ru' CHECK (lang IN ('en', 'ru')),
  role TEXT NOT NULL
    CHECK (role IN ('admin', 'analyst', 'attache', 'company', 'region', 'viewer')),
  company_id BIGINT,
  region TEXT,
  password_hash TEXT NOT NULL,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  password_changed_at TEXT NOT NULL,
  last_login_at TEXT,
  disabled_at TEXT,
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX users_role ON users (role);

-- The countries of an attaché's scope.
CREATE TABLE user_countries (
  user_id BIGINT NOT NULL REFERENCES users (id),
  country TEXT NOT NULL REFERENCES countries (iso2),
  PRIMARY KEY (user_id, country)
);

-- Signed-in browsers. Only a hash of the cookie's secret is kept, so a copy of the database does
-- not let anyone in; any instance sharing the database can serve the session.
CREATE TABLE sessions (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  user_id BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at TEXT,
  client_addr TEXT NOT NULL,
  user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Bearer tokens of integrations: a subset of their user's permissions (JSON array of
-- "resource.action"), until `expires_at` or revocation. Stored hashed; `prefix` lets people
-- recognise a token without revealing it.
CREATE TABLE api_tokens (
  id {{id}},
  token_hash TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  permissions TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT,
  version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX api_tokens_user ON api_tokens (user_id, id);

-- Failed sign-ins of the last day, for throttling by account and by address; kept in the
-- database so every instance counts the same attempts.
CREATE TABLE login_failures (
  id {{id}},
  at TEXT NOT NULL,
  email_key TEXT NOT NULL,
  client_addr TEXT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email_key, at);
CREATE INDEX login_failures_addr ON login_failures (client_addr, at);
CREATE INDEX login_failures_at ON login_failures (at);

CREATE INDEX audit_log_user ON audit_log (user_id, id);
