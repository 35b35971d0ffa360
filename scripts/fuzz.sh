#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and fuzzes each for SECONDS (default 5)
# on a scratch copy of its seed corpus (tests/fuzz/corpus/<target>/), with its dictionary
# (tests/fuzz/<target>.dict). Runs every target, then exits non-zero when any found a crash, a
# sanitizer report, an exception other than cwb::Error, a broken property, a timeout or too much
# memory; the input that did it is in build-fuzz/artifacts/<target>/ (fix the code, then add the
# input to the corpus). docs/fuzzing.md has the targets, the longer runs and what they found.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (TARGET: csvreader, xlsxreader, ...; default all)
# Longer runs (docs/fuzzing.md): FUZZ_RUNS=N runs N inputs per target (or SECONDS, if not 0,
# whichever ends first), and the corpus then grows in build-fuzz/corpus/<target>/ (kept between
# runs) instead of a scratch copy.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-5}
shift || true
BUILD_DIR=build-fuzz

# target      largest input (bytes)
ALL_TARGETS=(
  "ruleparser 4096"
  "csvreader  8192"
  "xlsxreader 65536"
  "campaign   8192"
  "planreader 8192"
  "packages   8192"
  "taglibrary 8192"
  "outcomes   8192"
)
declare -A MAX_LEN
NAMES=()
for entry in "${ALL_TARGETS[@]}"; do
  read -r name len <<<"$entry"
  MAX_LEN[$name]=$len
  NAMES+=("$name")
done
if [ $# -gt 0 ]; then
  for name in "$@"; do
    [ -n "${MAX_LEN[$name]:-}" ] || { echo "fuzz: no target '$name' (have: ${NAMES[*]})" >&2; exit 2; }
  done
  NAMES=("$@")
fi

LAUNCHER=()
if command -v ccache >/dev/null; then
  LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ "${LAUNCHER[@]}" \
    -DCWB_FUZZ=ON -DCWB_BUILD_GUI=OFF -DCWB_BUILD_BENCH=OFF >/dev/null
fi
BUILD_TARGETS=()
for name in "${NAMES[@]}"; do BUILD_TARGETS+=("fuzz_$name"); done
cmake --build "$BUILD_DIR" --target "${BUILD_TARGETS[@]}"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILED=()
LIMIT=(-max_total_time="$SECONDS_TO_RUN")
LIMIT_TEXT="${SECONDS_TO_RUN}s"
if [ -n "${FUZZ_RUNS:-}" ]; then
  LIMIT=(-runs="$FUZZ_RUNS")
  LIMIT_TEXT="$FUZZ_RUNS runs"
  if [ "$SECONDS_TO_RUN" -gt 0 ]; then # whichever comes first
    LIMIT+=(-max_total_time="$SECONDS_TO_RUN")
    LIMIT_TEXT+=" or ${SECONDS_TO_RUN}s"
  fi
fi
for name in "${NAMES[@]}"; do
  corpus="$WORK/$name"
  if [ -n "${FUZZ_RUNS:-}" ]; then
    corpus="$BUILD_DIR/corpus/$name"
  fi
  artifacts="$BUILD_DIR/artifacts/$name"
  log="$BUILD_DIR/fuzz-$name.log"
  mkdir -p "$corpus" "$artifacts"
  cp tests/fuzz/corpus/"$name"/* "$corpus"/
  echo "fuzz: fuzz_$name for $LIMIT_TEXT"
  if "$BUILD_DIR/tests/fuzz/fuzz_$name" "$corpus" \
    -dict="tests/fuzz/$name.dict" "${LIMIT[@]}" -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=512 -max_len="${MAX_LEN[$name]}" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" 2>"$log"; then
    grep -E '^#[0-9]+.*DONE' "$log" || true
  else
    tail -n 40 "$log"
    echo "fuzz: fuzz_$name FAILED; the input is in $artifacts/ (log: $log)" >&2
    FAILED+=("$name")
  fi
done
if [ ${#FAILED[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${FAILED[*]}" >&2
  exit 1
fi
echo "fuzz: no crash in ${NAMES[*]}"
