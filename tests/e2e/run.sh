#!/bin/sh
# Runs the browser scenarios one file at a time. Each file starts its own server and Chromium;
# run side by side on a two-core machine they starve each other and clicks time out.
status=0
for file in "$(dirname "$0")"/*.test.mjs; do
  node --test "$file" || status=1
done
exit $status
