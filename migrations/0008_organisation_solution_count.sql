-- The number of live solutions of each organisation, stored: the organisations list sorts by it
-- ("most solutions first") and shows it on every row, and counting every organisation's
-- solutions on each request cost a quarter of a second at 100,000 solutions. The application
-- recounts an owner with every write that adds, archives or moves its solutions.
ALTER TABLE organisations ADD COLUMN solution_count INTEGER NOT NULL DEFAULT 0;
UPDATE organisations SET solution_count = (
  SELECT COUNT(*) FROM solutions s WHERE s.organisation_id = organisations.id AND s.archived_at IS NULL);
CREATE INDEX organisations_live_solution_count ON organisations (solution_count, id)
  WHERE archived_at IS NULL;
