#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (every tr() of the GUI, its views and the
# item models). Translate new strings with Qt Linguist (`linguist FILE.ts`); the .qm files are
# built by lrelease into the build tree, never here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="$(command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)"
cd "$root"
for lang in en zh_CN; do
    "$lupdate" -silent -locations none -no-obsolete -I models -I widgets \
        app/gui widgets models/itemmodels models/workspace models/simulate models/campaign/campaignplanner.cpp models/import/importplan.cpp models/import/importparser.cpp models/import/valueparser.cpp models/import/importwriter.cpp models/import/importer.cpp models/segment/ruleparser.cpp models/segment/rulecompiler.cpp models/segment/ruleresolver.cpp -ts "resources/translations/campaign-workbench_${lang}.ts"
done
{ grep -c 'type="unfinished"' resources/translations/campaign-workbench_zh_CN.ts || true; } |
    sed 's/^/zh_CN strings still to translate: /'
