#!/usr/bin/env bash
# Installs what is needed, builds, makes a demo workspace from the project's own synthetic
# city-branch extract, prints its import summary and data audit, and opens the desktop
# application on it when a display is available.
# Usage: scripts/demo.sh [ROWS]   (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-20000}
scripts/setup.sh build
DEMO_DIR=${CWB_DEMO_DIR:-$HOME/.local/share/campaign-workbench/demo}
mkdir -p "$DEMO_DIR"
EXTRACT="$DEMO_DIR/demo-extract.csv"
WORKSPACE="$DEMO_DIR/demo.cwb"
build/app/cwb/cwb generate --rows "$ROWS" --out "$EXTRACT" >/dev/null
rm -f "$WORKSPACE"
build/app/cwb/cwb import "$EXTRACT" --workspace "$WORKSPACE" --on-duplicate first
echo
build/app/cwb/cwb audit --workspace "$WORKSPACE"
echo
echo "Rejected rows: build/app/cwb/cwb rejects --workspace $WORKSPACE"
if [ -x build/app/gui/campaign-workbench ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec build/app/gui/campaign-workbench "$WORKSPACE"
fi
