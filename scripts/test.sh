#!/usr/bin/env bash
# Installs what is needed, builds, runs the whole test suite under CTest, then fuzzes the rule
# parser for 5 seconds (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
cd ..
# CI-sized fuzzing of the rule parser (clang, libFuzzer): fails on a crash or a broken round-trip.
scripts/fuzz.sh 5
