-- Indexes for the catalogue's lists at the size of a full catalogue (100,000 solutions). A list
-- answers with its total, and a count that must look at the table for `archived_at` reads every
-- row it counts: these partial indexes hold only live rows, so the public showcase's count and
-- its first page are read from the index alone.
CREATE INDEX solutions_live_published ON solutions (published, sort_en) WHERE archived_at IS NULL;
-- An organisation's page lists the hubs it operates: without this, every page reads all
-- organisations.
CREATE INDEX organisations_hub_operator ON organisations (hub_operator_id);
