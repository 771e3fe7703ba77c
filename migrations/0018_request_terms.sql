-- The word index of support requests (ADR 0009): the words of a request's subject and of its
-- company's names, so the queue's `q` reads the words it looks for instead of every request.
-- Rebuilt from the requests on start when the binary's words differ (derived_tables).
CREATE TABLE request_terms (
  term TEXT COLLATE {{bytes}} NOT NULL,
  request_id BIGINT NOT NULL REFERENCES support_requests (id),
  PRIMARY KEY (term, request_id)
);
CREATE INDEX request_terms_request ON request_terms (request_id);
