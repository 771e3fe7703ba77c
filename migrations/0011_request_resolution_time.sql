-- How long a resolved request took, from filing to resolution, in seconds: written when it is
-- resolved, so that reports take medians by SQL alone on both databases (whose date arithmetic
-- differs).
ALTER TABLE support_requests ADD COLUMN resolution_seconds BIGINT;
CREATE INDEX support_requests_status ON support_requests (status, created_at);
