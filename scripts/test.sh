#!/usr/bin/env bash
# Installs what is needed, builds, runs the whole test suite under CTest, then fuzzes each parser
# of a user's file for 5 seconds (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
cd ..
# CI-sized fuzzing of every target (clang, libFuzzer): fails on a crash or a broken property.
scripts/fuzz.sh 5
