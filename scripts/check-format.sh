#!/usr/bin/env bash
# Fails when a C++ file of the project is not formatted as .clang-format says (clang-format from
# Debian 12's clang-format package). Lists the files; `clang-format -i FILE` fixes one.
# Run by CTest (format_check) and by hand: scripts/check-format.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
command -v "$CLANG_FORMAT" >/dev/null || { echo "check-format: $CLANG_FORMAT not found (apt install clang-format)" >&2; exit 2; }
if [ -d .git ] || git rev-parse --git-dir >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find app models widgets tests -name '*.cpp' -o -name '*.h')
fi
bad=$("$CLANG_FORMAT" --dry-run -Werror "${files[@]}" 2>&1 | grep -o '^[^:]*:[0-9]*:[0-9]*: error' | cut -d: -f1 | sort -u || true)
if [ -n "$bad" ]; then
  echo "$bad"
  echo "check-format: $(echo "$bad" | wc -l) file(s) not formatted (clang-format -i FILE)"
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
