# The two commands of the README. Both install what is missing first (scripts/bootstrap).
#   make run    build the release binary and the web UI, serve http://127.0.0.1:8080 with demo data
#   make test   build with sanitizers and run every test: unit, functional on SQLite and
#               PostgreSQL, web unit, browser end-to-end
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
JOBS ?= $(shell nproc)
LISTEN ?= 127.0.0.1:8080

WEB_SOURCES := $(shell find web/src web/public -type f ! -name schema.d.ts 2>/dev/null) \
               web/index.html web/vite.config.ts web/tsconfig.json web/package-lock.json \
               docs/openapi.yaml

.PHONY: run test build-release build-dev web bench clean

run:
	scripts/bootstrap run
	$(MAKE) --no-print-directory build-release web
	./build/release/attache serve --data ./var --listen $(LISTEN) --demo

test:
	scripts/bootstrap test
	$(MAKE) --no-print-directory build-dev web
	ATTACHE_REQUIRE_PG=1 tests/with_postgres.sh ctest --preset dev -j $(JOBS)
	npm --prefix web test
	ATTACHE_BIN=$(CURDIR)/build/dev/attache npm --prefix web run e2e

build-release:
	cmake --preset release >/dev/null
	cmake --build --preset release

build-dev:
	cmake --preset dev >/dev/null
	cmake --build --preset dev

web: web/dist/index.html

web/dist/index.html: $(WEB_SOURCES)
	npm --prefix web run build

# Benchmarks (optimised build, figures for the README's performance table).
bench:
	scripts/bootstrap test
	cmake --preset bench >/dev/null
	cmake --build --preset bench
	build/bench/bench/attache_benchmarks
	bench/http_load.sh build/bench/attache

clean:
	rm -rf build web/dist
