-- The pipeline, the wins and the board's totals read these narrow indexes instead of the deals
-- themselves. Each holds every column its queries filter, group or sum by (archived_at too,
-- although always null here, or SQLite would still read the row to check it), so a report over
-- all countries reads a few megabytes in group order rather than every deal's row, and a
-- country's totals read that country's part alone.
CREATE INDEX deals_totals ON deals (stage, currency, country, is_open, value_minor, archived_at)
  WHERE archived_at IS NULL;
CREATE INDEX deals_country_totals
  ON deals (country, stage, currency, is_open, value_minor, archived_at)
  WHERE archived_at IS NULL;
CREATE INDEX deals_wins ON deals (stage, contract_date, country, category, win_currency, currency,
                                  win_confirmed_at, win_value_minor, value_minor, win_helped,
                                  archived_at)
  WHERE archived_at IS NULL AND contract_date IS NOT NULL;
