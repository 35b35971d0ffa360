#!/usr/bin/env bash
# Builds the rule parser's libFuzzer target with clang in build-fuzz/ and fuzzes it for SECONDS
# (default 5) on a scratch copy of tests/fuzz/corpus/ruleparser. Exits non-zero when the fuzzer
# finds a crash, a sanitizer report or a broken round-trip; the input that did it is written to
# build-fuzz/artifacts/ (fix the code, then add the input to the corpus).
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-5}
BUILD_DIR=build-fuzz

LAUNCHER=()
if command -v ccache >/dev/null; then
  LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ "${LAUNCHER[@]}" \
    -DCWB_FUZZ=ON -DCWB_BUILD_GUI=OFF -DCWB_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$BUILD_DIR" --target fuzz_ruleparser

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp tests/fuzz/corpus/ruleparser/* "$WORK/"
mkdir -p "$BUILD_DIR/artifacts"
echo "fuzz: fuzz_ruleparser for ${SECONDS_TO_RUN}s"
"$BUILD_DIR/tests/fuzz/fuzz_ruleparser" "$WORK" \
  -dict=tests/fuzz/ruleparser.dict -max_total_time="$SECONDS_TO_RUN" -timeout=10 \
  -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
  -artifact_prefix="$BUILD_DIR/artifacts/" 2>"$BUILD_DIR/fuzz.log" || {
  tail -n 60 "$BUILD_DIR/fuzz.log"
  echo "fuzz: FAILED; the input is in $BUILD_DIR/artifacts/" >&2
  exit 1
}
grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::new_units_added)' "$BUILD_DIR/fuzz.log" || true
echo "fuzz: no crash"
