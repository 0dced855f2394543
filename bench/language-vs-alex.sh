#!/usr/bin/env bash
# Whole-process comparison of `lantern check` with the alex prose linter on the same generated
# 5 MB case-note corpus. alex is installed from npm into a temporary folder and removed afterwards.
# Usage: bench/language-vs-alex.sh [MEGABYTES]   (from the repository root)
set -euo pipefail
MB="${1:-5}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d -t lantern-alex-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

echo "== building (Release)"
dotnet build -c Release "$ROOT/bench/Lantern.Bench" -v q -nologo >/dev/null
dotnet build -c Release "$ROOT/src/Lantern.Cli" -v q -nologo >/dev/null
LANTERN="$ROOT/src/Lantern.Cli/bin/Release/net10.0/lantern.dll"

echo "== corpus: $MB MB of generated case notes"
dotnet "$ROOT/bench/Lantern.Bench/bin/Release/net10.0/Lantern.Bench.dll" corpus "$WORK/corpus.txt" "$MB"
BYTES=$(stat -c %s "$WORK/corpus.txt")

echo "== installing alex into $WORK"
(cd "$WORK" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent alex@11 >/dev/null)
ALEX="$WORK/node_modules/.bin/alex"
"$ALEX" --version

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }
run() { # name, command...
  local name="$1"; shift
  local start end rc
  start=$(date +%s.%N)
  set +e; "$@" >"$WORK/$name.out" 2>&1; rc=$?; set -e
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); b=int(sys.argv[3]); print(f'{sys.argv[4]:8} {s:8.2f} s  {b/1048576/s:8.2f} MB/s  exit {sys.argv[5]}')" "$start" "$end" "$BYTES" "$name" "$rc"
}

echo "== timing (wall clock, whole process, including start-up)"
run lantern dotnet "$LANTERN" check "$WORK/corpus.txt"
run alex "$ALEX" --text "$WORK/corpus.txt"
echo "lantern findings: $(wc -l <"$WORK/lantern.out")   alex output lines: $(wc -l <"$WORK/alex.out")"
