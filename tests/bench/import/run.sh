#!/usr/bin/env bash
# Import benchmark: `cwb import` (typing, validation, rejects, audit, one transaction) against
# `sqlite3 DB ".mode csv" ".import FILE t"` (text only) on the same synthetic extract, side by
# side in one run; and cwb's peak memory on files of growing size.
# Usage: tests/bench/import/run.sh [BUILD_DIR] [ROWS] [RUNS]
set -euo pipefail
BUILD=${1:-build}
ROWS=${2:-1000000}
RUNS=${3:-3}
CWB="$BUILD/app/cwb/cwb"
OUT=${BENCH_OUT:-/tmp/cwb-bench-import}
mkdir -p "$OUT"
FILE="$OUT/extract_${ROWS}.csv"
[ -f "$FILE" ] || "$CWB" generate --rows "$ROWS" --out "$FILE" >/dev/null

measure() { # label, command...: prints "label wall_s peak_kb"
  local label=$1; shift
  /usr/bin/time -f "$label %e %M" "$@" >/dev/null 2>"$OUT/time.txt" || { cat "$OUT/time.txt"; exit 1; }
  tail -1 "$OUT/time.txt"
}

echo "file: $FILE ($(stat -c %s "$FILE") bytes, $ROWS rows)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
  rm -f "$OUT/w.cwb" "$OUT/s.db"; sync
  measure "cwb" "$CWB" import "$FILE" --workspace "$OUT/w.cwb"
  sync; measure "sqlite3" sqlite3 "$OUT/s.db" ".mode csv" ".import $FILE t"
done | awk '
  { t[$1] = t[$1] " " $2; m[$1] = $3; n[$1]++; v[$1, n[$1]] = $2 }
  END {
    for (k in n) {
      # median of the runs
      cnt = n[k]; for (i = 1; i <= cnt; i++) a[i] = v[k, i]
      for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x }
      med[k] = (cnt % 2) ? a[(cnt + 1) / 2] : (a[cnt / 2] + a[cnt / 2 + 1]) / 2
      printf "%-8s runs:%s  median %.2f s  peak %d MB\n", k, t[k], med[k], m[k] / 1024
    }
    if (med["cwb"] > 0) printf "speed-up (sqlite3 / cwb): %.2fx\n", med["sqlite3"] / med["cwb"]
  }'
