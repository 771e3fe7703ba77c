-- Exchange rates: `nominal` units of `currency` cost `rub_micro` millionths of a rouble on
-- `on_date` (the Bank of Russia's official rates, or a table HQ imports). One rate per currency
-- and day; an import of the same day replaces it. Reports convert at the latest rate on or before
-- the date that matters, at most a month old.
CREATE TABLE fx_rates (
  id {{id}},
  currency TEXT NOT NULL,
  on_date TEXT NOT NULL,
  rub_micro BIGINT NOT NULL CHECK (rub_micro > 0),
  nominal BIGINT NOT NULL DEFAULT 1 CHECK (nominal > 0),
  source TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  archived_at TEXT,
  UNIQUE (currency, on_date)
);
