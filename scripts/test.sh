#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite under CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
