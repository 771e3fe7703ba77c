-- Relocation cases: a foreign IT company courted to move in — its headquarters, an R&D centre, a
-- joint venture, a licence or production — from the first contact to its arrival. `from_country`
-- is where it comes from (the attaché of that country follows it); `region` the Russian region
-- it goes to, when chosen. `investment_minor` is in the minor units of `investment_currency`.
CREATE TABLE relocation_cases (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  from_country TEXT NOT NULL REFERENCES countries (iso2),
  kind TEXT NOT NULL CHECK (kind IN ('headquarters', 'rnd_centre', 'joint_venture', 'licensing',
                                     'production')),
  title TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  region TEXT,
  jobs INTEGER CHECK (jobs IS NULL OR jobs >= 0),
  investment_minor BIGINT CHECK (investment_minor IS NULL OR investment_minor >= 0),
  investment_currency TEXT,
  owner_id BIGINT REFERENCES users (id),
  stage TEXT NOT NULL CHECK (stage IN ('prospect', 'engaged', 'application', 'relocated',
                                       'lost')),
  is_open INTEGER NOT NULL,
  stage_changed_at TEXT NOT NULL,
  close_reason TEXT NOT NULL DEFAULT '',
  closed_at TEXT,
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT,
  CHECK ((investment_minor IS NULL) = (investment_currency IS NULL))
);
CREATE INDEX relocation_cases_country ON relocation_cases (from_country, stage, stage_changed_at)
  WHERE archived_at IS NULL;
CREATE INDEX relocation_cases_stage ON relocation_cases (stage, stage_changed_at)
  WHERE archived_at IS NULL;
CREATE INDEX relocation_cases_owner ON relocation_cases (owner_id, is_open);
CREATE INDEX relocation_cases_organisation ON relocation_cases (organisation_id);
