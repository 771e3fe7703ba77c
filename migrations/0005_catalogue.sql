-- The catalogue: the taxonomy, organisations (domestic and foreign companies, government bodies,
-- universities, associations, IT hubs, investors), the people behind them and the solutions
-- domestic companies export. Multi-valued fields live in child tables so that lists filter on
-- them with an index.

-- The bilingual taxonomy of solution classes (data/taxonomy, synchronised on start; admins add
-- classes of their own, origin 'custom'). Ids are stable once published; a used class is never
-- deleted, only archived.
CREATE TABLE taxonomy_groups (
  id TEXT PRIMARY KEY,
  label_en TEXT NOT NULL,
  label_ru TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE taxonomy_classes (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES taxonomy_groups (id),
  label_en TEXT NOT NULL,
  label_ru TEXT NOT NULL,
  synonyms_en TEXT NOT NULL DEFAULT '',
  synonyms_ru TEXT NOT NULL DEFAULT '',
  anchors TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'reference' CHECK (origin IN ('reference', 'custom')),
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX taxonomy_classes_group ON taxonomy_classes (group_id, position);

-- Areas of intergovernmental digital cooperation; `related` lists taxonomy class ids or group
-- wildcards ("svc.*"), separated by '|'.
CREATE TABLE cooperation_areas (
  id TEXT PRIMARY KEY,
  label_en TEXT NOT NULL,
  label_ru TEXT NOT NULL,
  related TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);

-- `merged_into` is set on an organisation merged into another (which then
-- holds every linked record) together with `archived_at`.
CREATE TABLE organisations (
  id {{id}},
  kind TEXT NOT NULL CHECK (kind IN ('domestic_company', 'foreign_company', 'government_body',
                                     'university', 'association', 'it_hub', 'investor')),
  name_ru TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL REFERENCES countries (iso2),
  inn TEXT,
  ogrn TEXT,
  website TEXT NOT NULL DEFAULT '',
  size_band TEXT CHECK (size_band IN ('micro', 'small', 'medium', 'large')),
  hq_region TEXT,
  description_ru TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  accredited INTEGER NOT NULL DEFAULT 0,
  accreditation_number TEXT,
  accreditation_date TEXT,
  parent_id BIGINT REFERENCES organisations (id),
  hub_services TEXT NOT NULL DEFAULT '',
  hub_operator_id BIGINT REFERENCES organisations (id),
  search_text TEXT NOT NULL,
  sort_en TEXT NOT NULL,
  sort_ru TEXT NOT NULL,
  merged_into BIGINT REFERENCES organisations (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE UNIQUE INDEX organisations_inn ON organisations (inn) WHERE archived_at IS NULL;
CREATE INDEX organisations_kind ON organisations (kind, sort_en);
CREATE INDEX organisations_country ON organisations (country);
CREATE INDEX organisations_parent ON organisations (parent_id);
CREATE INDEX organisations_sort_en ON organisations (sort_en);
CREATE INDEX organisations_sort_ru ON organisations (sort_ru);

-- Duplicate detection: the key of each name of an organisation (text::OrganisationKey: folded,
-- legal forms dropped, transliterated to Latin, so that "Лаборатория Касперского" and
-- "Kaspersky Lab" share one).
CREATE TABLE organisation_name_keys (
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  name_key TEXT NOT NULL,
  PRIMARY KEY (organisation_id, name_key)
);
CREATE INDEX organisation_name_keys_key ON organisation_name_keys (name_key);

CREATE TABLE organisation_classes (
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  class_id TEXT NOT NULL REFERENCES taxonomy_classes (id),
  PRIMARY KEY (organisation_id, class_id)
);
CREATE INDEX organisation_classes_class ON organisation_classes (class_id, organisation_id);

-- The foreign markets of an organisation, now; every change of status is kept in the history.
CREATE TABLE organisation_markets (
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  country TEXT NOT NULL REFERENCES countries (iso2),
  status TEXT NOT NULL CHECK (status IN ('exporting', 'interested', 'not_interested')),
  since TEXT,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (organisation_id, country)
);
CREATE INDEX organisation_markets_country ON organisation_markets (country, status);

CREATE TABLE organisation_market_history (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  country TEXT NOT NULL,
  status TEXT,
  changed_at TEXT NOT NULL,
  changed_by BIGINT,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisation_market_history_org ON organisation_market_history (organisation_id, id);

-- Companies resident in an IT hub.
CREATE TABLE hub_residents (
  hub_id BIGINT NOT NULL REFERENCES organisations (id),
  resident_id BIGINT NOT NULL REFERENCES organisations (id),
  since TEXT,
  PRIMARY KEY (hub_id, resident_id)
);
CREATE INDEX hub_residents_resident ON hub_residents (resident_id);

-- People. `erased_at` set: the personal fields were erased on request (the row and the audit
-- entry of the erasure stay, the data does not).
CREATE TABLE contacts (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  name_ru TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  position TEXT NOT NULL DEFAULT '',
  email TEXT,
  phone TEXT,
  languages TEXT NOT NULL DEFAULT '',
  consent_date TEXT,
  consent_basis TEXT CHECK (consent_basis IN ('consent', 'contract', 'legal_obligation',
                                              'legitimate_interest', 'public')),
  notes TEXT NOT NULL DEFAULT '',
  email_key TEXT,
  search_text TEXT NOT NULL,
  sort_en TEXT NOT NULL,
  sort_ru TEXT NOT NULL,
  erased_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE INDEX contacts_organisation ON contacts (organisation_id);
CREATE INDEX contacts_email_key ON contacts (email_key);
CREATE INDEX contacts_sort_en ON contacts (sort_en);

-- Solutions of domestic companies. `registry_number` is the entry in the domestic software
-- registry (unique among live solutions); `export_readiness` 0-3 (see docs/catalogue.md).
CREATE TABLE solutions (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  name_ru TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  description_ru TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('software', 'hardware_software', 'radio_electronics',
                                     'it_service')),
  main_class TEXT NOT NULL REFERENCES taxonomy_classes (id),
  maturity TEXT NOT NULL CHECK (maturity IN ('concept', 'development', 'beta', 'stable',
                                             'obsolete')),
  interface_languages TEXT NOT NULL DEFAULT '',
  certifications TEXT NOT NULL DEFAULT '',
  registry_number TEXT,
  licence_model TEXT CHECK (licence_model IN ('perpetual', 'subscription', 'open_source',
                                              'freemium', 'service', 'other')),
  export_readiness INTEGER NOT NULL DEFAULT 0 CHECK (export_readiness BETWEEN 0 AND 3),
  published INTEGER NOT NULL DEFAULT 0,
  search_text TEXT NOT NULL,
  sort_en TEXT NOT NULL,
  sort_ru TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT
);
CREATE UNIQUE INDEX solutions_registry_number ON solutions (registry_number)
  WHERE archived_at IS NULL;
CREATE INDEX solutions_organisation ON solutions (organisation_id);
CREATE INDEX solutions_main_class ON solutions (main_class);
CREATE INDEX solutions_sort_en ON solutions (sort_en);
CREATE INDEX solutions_sort_ru ON solutions (sort_ru);
CREATE INDEX solutions_published ON solutions (published, sort_en);

-- Every class of a solution, the main one included, so one index answers "solutions of class X".
CREATE TABLE solution_classes (
  solution_id BIGINT NOT NULL REFERENCES solutions (id),
  class_id TEXT NOT NULL REFERENCES taxonomy_classes (id),
  main INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (solution_id, class_id)
);
CREATE INDEX solution_classes_class ON solution_classes (class_id, solution_id);

-- Where a solution is deployed.
CREATE TABLE solution_references (
  id {{id}},
  solution_id BIGINT NOT NULL REFERENCES solutions (id),
  country TEXT NOT NULL REFERENCES countries (iso2),
  customer TEXT NOT NULL DEFAULT '',
  year INTEGER,
  scale TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX solution_references_solution ON solution_references (solution_id, position);
CREATE INDEX solution_references_country ON solution_references (country, solution_id);
