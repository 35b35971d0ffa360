#!/usr/bin/env bash
# Installs what is needed, builds, builds a demo workspace from the project's own synthetic
# city-branch extract (`cwb demo`), prints its data audit, and opens the desktop application
# on it (when there is a display; otherwise it says how to open it).
# Usage: scripts/demo.sh [ROWS]   (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-20000}
scripts/setup.sh build
DEMO_DIR=${CWB_DEMO_DIR:-$HOME/.local/share/campaign-workbench/demo}
mkdir -p "$DEMO_DIR"
WORKSPACE="$DEMO_DIR/demo.cwb"
build/app/cwb/cwb demo --workspace "$WORKSPACE" --rows "$ROWS"
echo
build/app/cwb/cwb audit --workspace "$WORKSPACE"
echo
echo "Rejected rows: build/app/cwb/cwb rejects --workspace $WORKSPACE"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/gui/campaign-workbench "$WORKSPACE"
fi
echo "No display: open the workspace later with build/app/gui/campaign-workbench $WORKSPACE"
