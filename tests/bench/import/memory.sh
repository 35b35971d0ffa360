#!/usr/bin/env bash
# Peak memory of `cwb import` on extracts of growing size: it must stay flat (streaming).
# Usage: tests/bench/import/memory.sh [BUILD_DIR] [ROWS...]
set -euo pipefail
BUILD=${1:-build}; shift || true
SIZES=${*:-"100000 1000000 3000000"}
CWB="$BUILD/app/cwb/cwb"
OUT=${BENCH_OUT:-/tmp/cwb-bench-import}
mkdir -p "$OUT"
for rows in $SIZES; do
  file="$OUT/extract_${rows}.csv"
  [ -f "$file" ] || "$CWB" generate --rows "$rows" --out "$file" >/dev/null 2>&1
  rm -f "$OUT/m.cwb"
  /usr/bin/time -f "%e %M" "$CWB" import "$file" --workspace "$OUT/m.cwb" >/dev/null 2>"$OUT/time.txt"
  read -r wall kb < <(tail -1 "$OUT/time.txt")
  printf "%9d rows  %6d MB file  %6.2f s  peak %4d MB\n" "$rows" $(( $(stat -c %s "$file") / 1048576 )) "$wall" $(( kb / 1024 ))
  rm -f "$OUT/m.cwb"
done
