#!/usr/bin/env bash
# Takes the screenshots of docs/user-guide.md: builds a demo workspace with
# `cwb demo --evaluation`, starts the desktop application under Xvfb with --screenshot and saves
# a PNG of each view.
# Usage: [CWB_SHARED_DATA=DIR] scripts/screenshots.sh [BIN_DIR] [OUT_DIR] [LANGUAGE]
#   BIN_DIR   where campaign-workbench and cwb are (default: build/app/{gui,cwb}; "/usr/bin" for
#             the installed package)
#   OUT_DIR   default docs/images;  LANGUAGE  en (default) or zh_CN
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-}"
out="${2:-$root/docs/images}"
lang="${3:-en}"
if [[ -z "$bin" ]]; then
    app="$root/build/app/gui/campaign-workbench"
    cwb="$root/build/app/cwb/cwb"
else
    app="$bin/campaign-workbench"
    cwb="$bin/cwb"
fi
for exe in "$app" "$cwb"; do
    [[ -x "$exe" ]] || { echo "screenshots: $exe not found (build first)" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "screenshots: install xvfb" >&2; exit 1; }

hillstrom="${CWB_SHARED_DATA:-$root/../shared/data}/hillstrom_email_campaign.csv"
# The public e-mail campaign for the test/control file pictures (skipped when absent).
[[ -f "$hillstrom" ]] || hillstrom=""

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# --evaluation: the example packages and campaign (docs/examples), split, its lists exported and
# synthetic call outcomes and follow-up imported, so the Campaigns and Evaluation steps have data.
"$cwb" demo --workspace "$work/demo-pilot.cwb" --rows 20000 --evaluation >/dev/null
"$cwb" simulate --campaign "Long-distance upsell, December" --workspace "$work/demo-pilot.cwb" \
    --draws 1000 --write-plan "$work/pilot-plan.json" >/dev/null
"$cwb" generate --rows 2000 --encoding gb18030 --seed 7 --out "$work/extract-2024-06.csv" >/dev/null
mkdir -p "$out"
# A settings folder of its own, so the user's recent files and language are not touched.
export XDG_CONFIG_HOME="$work/config"
# 1366 wide: the Simulation pictures are taken at 1366 x 768 (a common laptop screen).
xvfb-run -a -s "-screen 0 1366x800x24" \
    "$app" --language "$lang" "$work/demo-pilot.cwb" \
    --screenshot "$out" --screenshot-extract "$work/extract-2024-06.csv" \
    --screenshot-plan "$work/pilot-plan.json" ${hillstrom:+--screenshot-test-file "$hillstrom"} 2>&1 |
    grep -v propagateSizeHints || true
# The Simulation step's PDF summary for sign-off, as pictures of its pages.
if [[ -f "$out/simulation-summary.pdf" ]]; then
    if command -v pdftoppm >/dev/null; then
        pdftoppm -png -r 110 "$out/simulation-summary.pdf" "$out/simulation-summary"
    fi
    rm -f "$out/simulation-summary.pdf"
fi
ls "$out"/*.png >/dev/null
echo "screenshots: written to $out"
