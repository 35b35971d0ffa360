#!/usr/bin/env bash
# Takes the screenshots of docs/user-guide.md: builds a demo workspace with `cwb demo`, starts
# the desktop application under Xvfb with --screenshot and saves a PNG of each view.
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
"$cwb" demo --workspace "$work/demo-pilot.cwb" --rows 20000 >/dev/null
"$cwb" offer import "$root/docs/examples/packages.json" --workspace "$work/demo-pilot.cwb" >/dev/null
"$cwb" campaign create "$root/docs/examples/pilot-campaign.json" --workspace "$work/demo-pilot.cwb" >/dev/null
# Outcomes for the Evaluation step's dashboard: the example campaign split, 600 of its call
# call targets given made-up call results (agents A01-A06 over the wave days), and a follow-up
# extract of all its members in which completed customers hold "LD 200" (and some others,
# targets and controls alike, took it on their own). Generated here with a fixed awk seed until `cwb demo` makes
# outcomes of its own.
campaign="Long-distance upsell, December"
"$cwb" campaign split "$campaign" --workspace "$work/demo-pilot.cwb" >/dev/null
members="SELECT m.customer_id, m.role, c.total_fee_m1 FROM campaign_members m
  JOIN campaigns k ON k.id = m.campaign_id JOIN customers c ON c.customer_id = m.customer_id
  WHERE k.name = '$campaign'"
sqlite3 -csv "$work/demo-pilot.cwb" "$members AND m.role = 'target' AND m.cell = 'high value, call'
  ORDER BY m.customer_id
  LIMIT 600" | awk -F, 'BEGIN {
    srand(11); OFS = ","
    print "customer_id,attempt_time,connected,outcome,agent,completion_date,package,refusal_reason"
    split("2026-12-01 2026-12-02 2026-12-08 2026-12-09 2026-12-10 2026-12-11 2026-12-12", days, " ")
    split("price too high|no need|already has a package|bad coverage|busy, call later", reasons, "|")
  } {
    day = days[int(rand() * 7) + 1]; agent = sprintf("A%02d", int(rand() * 6) + 1)
    time = sprintf("%s %02d:%02d", day, 9 + int(rand() * 9), int(rand() * 60))
    r = rand(); done = ""; pkg = ""; reason = ""
    if (r < 0.28) { print $1, time, "no", "not_reached", agent, "", "", ""; next }
    if (r < 0.31) { print $1, time, "no", "wrong_number", agent, "", "", ""; next }
    r = rand()
    # No do_not_disturb answers: they would join the do-not-disturb list and change the
    # Campaigns step pictures taken from the same workspace.
    if (r < 0.16) { out = "agreed_paid" } else if (r < 0.24) { out = "agreed_trial" }
    else if (r < 0.38) { out = "considering" } else { out = "refused" }
    if (out ~ /^agreed/ && rand() < 0.75) {
        split(day, d, "-"); done = sprintf("%s-%s-%02d", d[1], d[2], d[3] + 2); pkg = "LD 200"
    }
    if (out == "refused") { x = rand(); reason = reasons[x < 0.45 ? 1 : x < 0.7 ? 2 : x < 0.85 ? 3 : x < 0.95 ? 4 : 5] }
    if (reason ~ /,/) reason = "\"" reason "\""
    print $1, time, "yes", out, agent, done, pkg, reason
  }' >"$work/outcomes.csv"
"$cwb" outcomes import "$work/outcomes.csv" --campaign "$campaign" \
    --workspace "$work/demo-pilot.cwb" >/dev/null
sqlite3 -csv "$work/demo-pilot.cwb" "SELECT x.customer_id, x.total_fee_m1,
  EXISTS(SELECT 1 FROM outcomes o WHERE o.customer_id = x.customer_id
         AND o.completed_on IS NOT NULL) FROM ($members) x" | awk -F, 'BEGIN {
    srand(12); OFS = ","; print "customer_id,package,total_fee_m1"
  } {
    took = $3 == 1 || rand() < 0.05
    print $1, took ? "LD 200" : "basic", sprintf("%.2f", $2 + (took ? 18 : 0) + (rand() - 0.5) * 12)
  }' >"$work/followup.csv"
"$cwb" followup import "$work/followup.csv" --workspace "$work/demo-pilot.cwb" >/dev/null
"$cwb" simulate --campaign "$campaign" --workspace "$work/demo-pilot.cwb" --draws 1000 \
    --write-plan "$work/pilot-plan.json" >/dev/null
"$cwb" generate --rows 2000 --encoding gb18030 --seed 7 --out "$work/extract-2024-06.csv" >/dev/null
mkdir -p "$out"
# A settings folder of its own, so the user's recent files and language are not touched.
export XDG_CONFIG_HOME="$work/config"
xvfb-run -a -s "-screen 0 1280x800x24" \
    "$app" --language "$lang" "$work/demo-pilot.cwb" \
    --screenshot "$out" --screenshot-extract "$work/extract-2024-06.csv" \
    --screenshot-plan "$work/pilot-plan.json" ${hillstrom:+--screenshot-test-file "$hillstrom"} 2>&1 |
    grep -v propagateSizeHints || true
ls "$out"/*.png >/dev/null
echo "screenshots: written to $out"
