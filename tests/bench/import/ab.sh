#!/usr/bin/env bash
# Two builds of cwb on the same extract, alternately (A, B, A, B, ...; a sync before each), to
# show what a change costs: `cwb import` into a new workspace, wall time and CPU time (user +
# system) of each run, and the medians. CPU time is what the import costs whatever else the
# machine runs; wall time includes waiting for the disk.
# Usage: tests/bench/import/ab.sh BUILD_A BUILD_B [ROWS] [RUNS]
set -euo pipefail
A=$1
B=$2
ROWS=${3:-1000000}
RUNS=${4:-5}
OUT=${BENCH_OUT:-/tmp/cwb-bench-import}
mkdir -p "$OUT"
FILE="$OUT/extract_${ROWS}.csv"
[ -f "$FILE" ] || "$B/app/cwb/cwb" generate --rows "$ROWS" --out "$FILE" >/dev/null
echo "file: $FILE ($(stat -c %s "$FILE") bytes, $ROWS rows); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
  for side in A B; do
    build=$A; [ $side = B ] && build=$B
    rm -f "$OUT/ab.cwb" "$OUT/ab.cwb-wal" "$OUT/ab.cwb-shm" "$OUT/ab.cwb.lock"; sync
    /usr/bin/time -f "$side %e %U %S" "$build/app/cwb/cwb" import "$FILE" --workspace "$OUT/ab.cwb" \
      >/dev/null 2>"$OUT/ab-time.txt" || { cat "$OUT/ab-time.txt"; exit 1; }
    tail -1 "$OUT/ab-time.txt"
  done
done | awk '
  { n[$1]++; w[$1, n[$1]] = $2; c[$1, n[$1]] = $3 + $4; tw[$1] = tw[$1] " " $2; tc[$1] = tc[$1] " " ($3 + $4) }
  function median(arr, k, cnt,   i, j, x, a) {
    for (i = 1; i <= cnt; i++) a[i] = arr[k, i]
    for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (a[j] < a[i]) { x = a[i]; a[i] = a[j]; a[j] = x }
    return (cnt % 2) ? a[(cnt + 1) / 2] : (a[cnt / 2] + a[cnt / 2 + 1]) / 2
  }
  END {
    for (k in n) {
      mw[k] = median(w, k, n[k]); mc[k] = median(c, k, n[k])
      printf "%s wall:%s (median %.2f s)  cpu:%s (median %.2f s)\n", k, tw[k], mw[k], tc[k], mc[k]
    }
    printf "B / A: wall %.3f, cpu %.3f\n", mw["B"] / mw["A"], mc["B"] / mc["A"]
  }'
