#!/usr/bin/env bash
# The workspace attack, rerun: kill -9 at random points of the commands that write, malformed
# input files, and concurrent commands on one workspace. After each, the workspace must pass
# PRAGMA integrity_check, a reader must open it without a word of damage, it must hold exactly
# what the commands that succeeded wrote, and no output file may be half-written.
# Prints one line per case and a summary per kind (docs/integrity.md records a run).
# Usage: tests/bench/integrity/attack.sh [BUILD_DIR] [ROWS]   (default build, 400000)
set -uo pipefail
BUILD=${1:-build}
ROWS=${2:-400000}
CWB="$(cd "$BUILD" && pwd)/app/cwb/cwb"
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
OUT=${ATTACK_OUT:-/tmp/cwb-attack}
rm -rf "$OUT"
mkdir -p "$OUT"
cd "$OUT" || exit 1
SEED=${ATTACK_SEED:-20261207}
RANDOM=$SEED
PASS=0
FAIL=0
declare -A KIND_PASS KIND_FAIL

ok() { # kind, case
  PASS=$((PASS + 1)); KIND_PASS[$1]=$((${KIND_PASS[$1]:-0} + 1)); echo "ok    $1: $2"
}
bad() { # kind, case, why
  FAIL=$((FAIL + 1)); KIND_FAIL[$1]=$((${KIND_FAIL[$1]:-0} + 1)); echo "FAIL  $1: $2: $3"
}
integrity() { sqlite3 -readonly "$1" 'PRAGMA integrity_check' 2>&1 | head -1; }
customers() { sqlite3 -readonly "$1" 'SELECT count(*) FROM customers' 2>&1; }
# The workspace opens for a reader without "damaged" and passes SQLite's check.
healthy() { # workspace -> prints why not, or nothing
  local err
  err=$("$CWB" audit --workspace "$1" 2>&1 >/dev/null)
  local rc=$?
  [ $rc -eq 0 ] || { echo "audit exit $rc: ${err:0:200}"; return; }
  case "$err" in *damaged*|*locked*) echo "audit said: ${err:0:200}"; return ;; esac
  local check
  check=$(integrity "$1")
  [ "$check" = "ok" ] || echo "integrity_check: $check"
}

echo "attack: $ROWS rows, seed $SEED, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$CWB" generate --rows 20000 --out small.csv --seed 1 >/dev/null 2>&1
"$CWB" generate --rows "$ROWS" --out large.csv --seed 2 >/dev/null 2>&1
"$CWB" demo --workspace base.cwb --rows 20000 --evaluation >/dev/null 2>&1 || {
  echo "cannot build the demo workspace"; exit 1; }
BASE_CUSTOMERS=$(customers base.cwb)
CAMPAIGN=$(sqlite3 -readonly base.cwb 'SELECT name FROM campaigns ORDER BY id LIMIT 1')
"$CWB" generate outcomes --campaign "$CAMPAIGN" --workspace base.cwb --out outcomes.csv \
  --seed 5 >/dev/null 2>&1

# Runs "$@" in the background and kills it with SIGKILL after a random part of max_ms (the whole
# process group: a killed shell must not leave its child writing while the next case starts).
kill_after() { # max_ms, command...
  local max=$1; shift
  setsid "$@" >/dev/null 2>&1 &
  local pid=$!
  local wait_ms=$((RANDOM % max + 5))
  sleep "$(printf '0.%03d' "$((wait_ms % 1000))")"
  [ $wait_ms -ge 1000 ] && sleep $((wait_ms / 1000))
  kill -9 -- -$pid 2>/dev/null
  wait $pid 2>/dev/null
}
# The time a command takes, in ms (run on a scratch copy).
time_ms() {
  local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}

# --- 1. kill -9 points -------------------------------------------------------------------------
cp base.cwb t.cwb
T_IMPORT=$(time_ms "$CWB" import large.csv --workspace t.cwb)
IMPORTED_CUSTOMERS=$(customers t.cwb)
cp base.cwb t.cwb
sqlite3 t.cwb "DELETE FROM contact_history; DELETE FROM outcomes; DELETE FROM list_exports"
T_SPLIT=$(time_ms "$CWB" campaign split "$CAMPAIGN" --workspace t.cwb)
T_EXPORT=$(time_ms "$CWB" export calllist --campaign "$CAMPAIGN" --format xlsx --out lists-t \
  --workspace t.cwb)
T_MATCH=$(time_ms "$CWB" offer match --out match-t.csv --workspace base.cwb)
echo "durations: import ${T_IMPORT} ms, split ${T_SPLIT} ms, export ${T_EXPORT} ms, match ${T_MATCH} ms"

kill_case() { # name, max_ms, check-function, command...
  local name=$1 max=$2 check=$3; shift 3
  kill_after "$max" "$@"
  local why; why=$(healthy w.cwb)
  [ -z "$why" ] && why=$($check)
  if [ -z "$why" ]; then ok kill "$name"; else bad kill "$name" "$why"; fi
  rm -f w.cwb.lock 2>/dev/null # as a user would after a crash (the next writer takes it over anyway)
}
# Killed: the customers before the import; finished before the kill: those of a whole import.
same_customers() {
  local n; n=$(customers w.cwb)
  [ "$n" = "$BASE_CUSTOMERS" ] || [ "$n" = "$IMPORTED_CUSTOMERS" ] ||
    echo "customers $n, expected $BASE_CUSTOMERS (killed) or $IMPORTED_CUSTOMERS (finished)"
}
no_change() { :; }
lists_have_history() {
  # Every list file that exists has its contacts in the history.
  local files hist
  files=$(find lists -type f \( -name '*.csv' -o -name '*.xlsx' \) 2>/dev/null | wc -l)
  hist=$(sqlite3 -readonly w.cwb "SELECT count(*) FROM contact_history WHERE is_control = 0" )
  if [ "$files" -gt 0 ] && [ "$hist" -eq 0 ]; then echo "$files list files without history"; fi
  # A killed export leaves its temporaries (hidden, never under a list's name); the next export
  # into the folder removes them and writes whole lists.
  if find lists -name '.*' -type f 2>/dev/null | grep -q .; then
    "$CWB" export calllist --campaign "$CAMPAIGN" --format xlsx --out lists --workspace w.cwb \
      >/dev/null 2>&1 || [ "$hist" -gt 0 ] || echo "the export after a killed one failed"
    find lists -name '.*' -type f 2>/dev/null | grep -q . && echo "temporaries left after the next export"
  fi
  true
}
match_whole() {
  # The previous match.csv (from the untouched run) or a new whole one, never a cut one.
  cmp -s match.csv match-t.csv || echo "match.csv differs from a whole run"
}

for i in $(seq 10); do cp base.cwb w.cwb; kill_case "import #$i" "$T_IMPORT" same_customers \
  "$CWB" import large.csv --workspace w.cwb; done
for i in $(seq 8); do
  cp base.cwb w.cwb
  sqlite3 w.cwb "DELETE FROM contact_history; DELETE FROM outcomes; DELETE FROM list_exports" 2>/dev/null
  kill_case "campaign split #$i" "$T_SPLIT" no_change "$CWB" campaign split "$CAMPAIGN" --workspace w.cwb
done
for i in $(seq 10); do
  cp base.cwb w.cwb; rm -rf lists
  sqlite3 w.cwb "DELETE FROM contact_history; DELETE FROM list_exports" 2>/dev/null
  fmt=csv; [ $((i % 2)) -eq 0 ] && fmt=xlsx
  kill_case "export $fmt #$i" "$T_EXPORT" lists_have_history "$CWB" export calllist \
    --campaign "$CAMPAIGN" --format $fmt --out lists --workspace w.cwb
done
for i in $(seq 8); do
  cp base.cwb w.cwb; cp match-t.csv match.csv
  kill_case "offer match --out #$i" "$T_MATCH" match_whole "$CWB" offer match --out match.csv \
    --workspace w.cwb
done
for i in $(seq 6); do cp base.cwb w.cwb; kill_case "outcomes import #$i" 800 no_change \
  "$CWB" outcomes import outcomes.csv --campaign "$CAMPAIGN" --workspace w.cwb; done
cp base.cwb seg.cwb
"$CWB" segment add hv --rule 'total_fee_m1 > 100' --workspace seg.cwb >/dev/null 2>&1
for i in $(seq 6); do cp seg.cwb w.cwb; kill_case "segment materialise #$i" 400 no_change \
  "$CWB" segment materialise hv --workspace w.cwb; done
for i in $(seq 5); do cp base.cwb w.cwb; kill_case "report pdf #$i" 1500 no_change \
  "$CWB" report daily --campaign "$CAMPAIGN" --out day.pdf --workspace w.cwb; done

# --- 2. malformed inputs -----------------------------------------------------------------------
mkdir -p bad
python3 - "$OUT/bad" "$OUT/small.csv" <<'PY'
import os, random, sys, zipfile, io
out, good = sys.argv[1], sys.argv[2]
random.seed(7)
data = open(good, 'rb').read()
lines = data.split(b'\n')
def w(name, b): open(os.path.join(out, name), 'wb').write(b)
def head(n):  # the whole lines within the first n bytes (a cut inside a character is another case)
    return data[:data.rfind(b'\n', 0, n) + 1]
w('empty.csv', b'')
w('header-only.csv', lines[0] + b'\n')
w('bom-only.csv', b'\xef\xbb\xbf')
w('binary.csv', bytes(random.randrange(256) for _ in range(20000)))
w('nul-bytes.csv', head(5000).replace(b',', b',\x00', 3) + b'\n')
w('utf16-nobom.csv', head(20000).decode('utf-8', 'ignore').encode('utf-16-le'))
w('utf16be-nobom.csv', head(20000).decode('utf-8', 'ignore').encode('utf-16-be'))
w('utf32.csv', b'\xff\xfe\x00\x00' + head(20000).decode('utf-8', 'ignore').encode('utf-32-le'))
w('latin1.csv', head(20000).decode('utf-8', 'ignore').encode('gb18030').replace(b'\x81', b'\xff'))
w('xls-magic.csv', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\0' * 4096)
w('old.xls', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\0' * 4096)
w('pdf.csv', b'%PDF-1.4\n' + b'x' * 1000)
w('html.xls', b'<html><body><table><tr><td>1</td></tr></table></body></html>')
w('long-line.csv', lines[0] + b'\n' + b'y' * (20 * 1024 * 1024))
w('wide.csv', b','.join(b'c%d' % i for i in range(5000)) + b'\n' + b','.join(b'1' for _ in range(5000)) + b'\n')
w('unclosed-quote.csv', lines[0] + b'\n"' + b'\n'.join(lines[1:200]))
w('ragged.csv', b'\n'.join(l + (b',x' * (i % 3)) for i, l in enumerate(lines[:500])))
w('semicolons.csv', head(50000).replace(b',', b';'))
w('date-9999.csv', head(30000).replace(b'2027', b'9999'))
w('negative-fees.csv', b'\n'.join(l.replace(b',1', b',-1', 1) if i else l for i, l in enumerate(lines[:300])))
w('nbsp-phones.csv', head(30000).replace(b',138', b',\xc2\xa0138', 50))
w('crlf-mixed.csv', b'\r\n'.join(lines[:300]) + b'\n'.join(lines[300:600]))
w('dup-header.csv', lines[0] + b',' + lines[0].split(b',')[0] + b'\n' + b'\n'.join(lines[1:300]))
def xlsx(name, parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items(): z.writestr(n, b)
    w(name, buf.getvalue())
ct = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
wb = b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
rels = b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
sheet = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>customer_id</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c></row></sheetData></worksheet>'
base = {'[Content_Types].xml': ct, 'xl/workbook.xml': wb, 'xl/_rels/workbook.xml.rels': rels, 'xl/worksheets/sheet1.xml': sheet}
xlsx('ok.xlsx', base)
# 400 MB of shared strings in a 1 MB file, used by the sheet.
rels_s = rels.replace(b'</Relationships>', b'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
sheet_s = sheet.replace(b'<c r="A2" t="inlineStr"><is><t>C1</t></is></c>', b'<c r="A2" t="s"><v>0</v></c>')
xlsx('bomb.xlsx', dict(base, **{'xl/_rels/workbook.xml.rels': rels_s, 'xl/worksheets/sheet1.xml': sheet_s, 'xl/sharedStrings.xml': b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + (b'<si><t>' + b'a' * 1000 + b'</t></si>') * 400000 + b'</sst>'}))
xlsx('uniquecount.xlsx', dict(base, **{'xl/sharedStrings.xml': b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2147483647" uniqueCount="2147483647"><si><t>x</t></si></sst>'}))
xlsx('no-workbook.xlsx', {'a.csv': data[:1000]})
xlsx('bad-xml.xlsx', dict(base, **{'xl/worksheets/sheet1.xml': b'<worksheet><sheetData><row><c>'}))
w('truncated.xlsx', open(os.path.join(out, 'ok.xlsx'), 'rb').read()[:300])
# Random damage of a good CSV: flipped bytes, cut files, shuffled lines.
for k in range(30):
    b = bytearray(data[:random.randrange(2000, 200000)])
    for _ in range(random.randrange(1, 50)):
        b[random.randrange(len(b))] = random.randrange(256)
    w('flip-%02d.csv' % k, bytes(b))
for k in range(15):
    w('cut-%02d.csv' % k, data[:random.randrange(1, 100000)])
# Random damage of a good workbook.
good_x = open(os.path.join(out, 'ok.xlsx'), 'rb').read()
for k in range(14):
    b = bytearray(good_x)
    for _ in range(random.randrange(1, 8)):
        b[random.randrange(len(b))] = random.randrange(256)
    w('flip-%02d.xlsx' % k, bytes(b))
PY
for f in bad/*; do
  cp base.cwb w.cwb
  before=$(customers w.cwb)
  start=$(date +%s%N)
  err=$(/usr/bin/time -f "peak %M" "$CWB" import "$f" --workspace w.cwb 2>&1 >/dev/null)
  rc=$?
  peak=$(echo "$err" | grep -o 'peak [0-9]*' | tail -1 | cut -d' ' -f2)
  msg=$(echo "$err" | grep -v '^peak\|^Command exited' | tr '\n' ' ')
  why=""
  case $rc in 0|1) ;; *) why="exit $rc (crash or internal error)";; esac
  [ $rc -eq 1 ] && [ -z "$msg" ] && why="exit 1 without a message"
  [ ${#msg} -gt 3000 ] && why="message of ${#msg} characters"
  echo "$msg" | grep -q "internal error\|Unknown error\|database error" && why="raw message: ${msg:0:160}"
  [ "${peak:-0}" -gt 307200 ] && why="peak memory ${peak} KB"
  h=$(healthy w.cwb); [ -n "$h" ] && why="$h"
  after=$(customers w.cwb)
  [ $rc -ne 0 ] && [ "$after" != "$before" ] && why="refused but changed the customers ($before -> $after)"
  if [ -z "$why" ]; then ok input "$(basename "$f") (exit $rc, ${peak} KB): ${msg:0:110}"
  else bad input "$(basename "$f")" "$why"; fi
done

# --- 3. concurrent commands ---------------------------------------------------------------------
cp base.cwb w.cwb
"$CWB" import large.csv --workspace w.cwb --json > import.json 2>import.err &
IMPORT=$!
while [ ! -e w.cwb.lock ] && kill -0 $IMPORT 2>/dev/null; do sleep 0.01; done
refused=0; added=0; readers=0; reader_fail=0; other=0; i=0
while kill -0 $IMPORT 2>/dev/null; do
  i=$((i + 1))
  "$CWB" offer add --name "Plan $i" --fee 59 --workspace w.cwb >/dev/null 2>add.err
  case $? in 0) added=$((added + 1));; 4) refused=$((refused + 1));; *) other=$((other + 1)); echo "offer add: $(cat add.err)";; esac
  "$CWB" campaign split "$CAMPAIGN" --workspace w.cwb >/dev/null 2>split.err
  case $? in 0|1|4) ;; *) other=$((other + 1));; esac
  for cmd in "audit" "segment count --rule total_fee_m1>0" "campaign list" "offer list" "rejects" \
             "evaluate --campaign $CAMPAIGN"; do
    # shellcheck disable=SC2086
    if "$CWB" $cmd --workspace w.cwb >/dev/null 2>read.err; then readers=$((readers + 1))
    elif grep -q "damaged\|locked\|busy" read.err; then reader_fail=$((reader_fail + 1)); echo "reader: $cmd: $(head -c 200 read.err)"
    else readers=$((readers + 1)); fi
  done
done
wait $IMPORT; irc=$?
h=$(healthy w.cwb)
pk=$(sqlite3 -readonly w.cwb 'SELECT count(*) FROM packages')
base_pk=$(sqlite3 -readonly base.cwb 'SELECT count(*) FROM packages')
summary="import exit $irc; $refused writers refused (exit 4), $added added, $other other; $readers reads ok, $reader_fail said damaged/locked"
if [ $irc -eq 0 ] && [ -z "$h" ] && [ $reader_fail -eq 0 ] && [ $other -eq 0 ] && [ "$pk" -eq $((base_pk + added)) ]; then
  ok concurrent "$summary"
else
  bad concurrent "$summary" "${h:-packages $pk vs $base_pk + $added}"
fi

echo
for k in kill input concurrent; do
  echo "summary $k: ${KIND_PASS[$k]:-0} passed, ${KIND_FAIL[$k]:-0} failed"
done
echo "total: $PASS passed, $FAIL failed"
[ $FAIL -eq 0 ]
