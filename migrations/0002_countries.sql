-- UN M.49 continents and sub-regions, reference data synchronised on start.
CREATE TABLE world_regions (
  code TEXT PRIMARY KEY,
  parent_code TEXT REFERENCES world_regions (code),
  name_en TEXT NOT NULL,
  name_ru TEXT NOT NULL
);

-- ISO 3166-1 countries (reference data synchronised on start) and the service's presence in each.
CREATE TABLE countries (
  id {{id}},
  iso2 TEXT NOT NULL UNIQUE,
  iso3 TEXT NOT NULL,
  iso_numeric TEXT NOT NULL,
  name_en TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  official_name_en TEXT NOT NULL,
  official_name_ru TEXT NOT NULL,
  continent_code TEXT REFERENCES world_regions (code),
  region_code TEXT REFERENCES world_regions (code),
  search_text TEXT NOT NULL,
  sort_en TEXT NOT NULL,
  sort_ru TEXT NOT NULL,
  presence_status TEXT NOT NULL DEFAULT 'none'
    CHECK (presence_status IN ('none', 'planned', 'active', 'suspended')),
  presence_since TEXT,
  presence_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX countries_presence ON countries (presence_status);
CREATE INDEX countries_continent ON countries (continent_code);
CREATE INDEX countries_region ON countries (region_code);

CREATE TABLE attaches (
  id {{id}},
  country_id BIGINT NOT NULL REFERENCES countries (id),
  name_ru TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('planned', 'en_route', 'active', 'ended')),
  start_date TEXT,
  end_date TEXT,
  email TEXT,
  search_text TEXT NOT NULL,
  sort_en TEXT NOT NULL,
  sort_ru TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX attaches_country ON attaches (country_id, status);
