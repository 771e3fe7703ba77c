-- Files attached to support requests (letters, contracts, certificates, presentations). Kept in
-- the database, so that every instance on one PostgreSQL serves them and a backup holds them:
-- `content` is the file in base64 (text, the same on both databases), at most 10 MiB of file.
-- `media_type` is what the bytes are, sniffed at upload, never what the name claims.
CREATE TABLE request_attachments (
  id {{id}},
  request_id BIGINT NOT NULL REFERENCES support_requests (id),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  content TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX request_attachments_request ON request_attachments (request_id, id);
