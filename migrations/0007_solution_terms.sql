-- The word index of solutions' names and registry numbers: a list's text filter reads the
-- solutions whose words begin with each word of the query from here, instead of scanning every
-- row with LIKE. Terms compare byte by byte on both databases ({{bytes}}), so that the range of
-- a prefix is the same everywhere and PostgreSQL can read it from the index whatever its locale.
-- The application writes the terms (text/terms.hpp) with every solution it writes.
CREATE TABLE solution_terms (
  term TEXT COLLATE {{bytes}} NOT NULL,
  solution_id BIGINT NOT NULL REFERENCES solutions (id),
  PRIMARY KEY (term, solution_id)
);
CREATE INDEX solution_terms_solution ON solution_terms (solution_id);

-- Tables the application derives from others with its own code (SQL cannot split words the way
-- it does), with the version of that code: on start, a table whose version differs from the
-- binary's is rebuilt from its source, as this one is from the solutions already stored.
CREATE TABLE derived_tables (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  built_at TEXT NOT NULL
);
