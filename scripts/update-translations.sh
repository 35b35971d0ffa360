#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources: every tr() and translate() of the GUI,
# its views and the whole engine (models/: its errors are shown in the GUI as they are).
# Translate new strings with Qt Linguist (`linguist FILE.ts`); the .qm files are built by lrelease
# into the build tree, never here.
#
# lupdate files a tr() under the class or namespace it is written in; a tr() outside a class with
# Q_OBJECT or Q_DECLARE_TR_FUNCTIONS draws a warning ("Class 'cwb' lacks Q_OBJECT macro") and its
# text lands in a context that nothing looks up at run time. Such warnings fail this script: engine
# code outside such classes calls QCoreApplication::translate("cwb::Context", "text").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="$(command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)"
cd "$root"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for lang in en zh_CN; do
    "$lupdate" -locations none -no-obsolete -I models -I widgets \
        app/gui widgets models -ts "resources/translations/campaign-workbench_${lang}.ts" \
        >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    # lupdate's warnings read "file:line: text"; its progress lines do not.
    if grep -E '^[^ ].*:[0-9]+: ' "$log" >&2; then
        echo "update-translations: fix the warnings above (see the comment at the top)" >&2
        exit 1
    fi
done
{ grep -c 'type="unfinished"' resources/translations/campaign-workbench_zh_CN.ts || true; } |
    sed 's/^/zh_CN strings still to translate: /'
