#!/usr/bin/env bash
# Runs every test: formatting, unit tests, integration tests on SQLite and on a throwaway PostgreSQL
# server, and browser tests in Debian's Chromium. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== Restoring"
dotnet tool restore >/dev/null
if [ "${CI:-}" = "true" ]; then
  dotnet restore Lantern.slnx --locked-mode
else
  dotnet restore Lantern.slnx
fi

# Code style and analyzers are errors in the build (EnforceCodeStyleInBuild, warnings as errors); layout is checked here.
echo "== Checking formatting"
dotnet format whitespace Lantern.slnx --verify-no-changes

echo "== Building"
dotnet build Lantern.slnx --no-restore -c Debug -warnaserror -nologo -clp:ErrorsOnly

# A throwaway PostgreSQL cluster on a loopback port, removed when the script ends.
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pgdir=$(mktemp -d /tmp/lantern-pg.XXXXXX)
pgport=${LANTERN_PG_PORT:-55432}
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
stop_pg() {
  run_pg "$pgbin/pg_ctl" -D "$pgdir/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
echo "== Starting PostgreSQL on 127.0.0.1:$pgport"
run_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U lantern >/dev/null
run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" -l "$pgdir/log" -w start >/dev/null

results=$(mktemp)
run_tests() { # label, env..., -- projects...
  local label=$1; shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done; shift
  for project in "$@"; do
    echo "== $label: $project"
    env "${envs[@]}" dotnet test "$project" --no-build --nologo 2>&1 | tee -a "$results" | grep -E "^(Passed|Failed)!|error|\[FAIL\]|Failed [A-Za-z]" || true
  done
}

run_tests "Unit" LANTERN_TEST_PROVIDER=Sqlite -- tests/Lantern.Practice.Tests
run_tests "SQLite" LANTERN_TEST_PROVIDER=Sqlite -- tests/Lantern.Core.Tests tests/Lantern.Web.Tests
run_tests "PostgreSQL" LANTERN_TEST_PROVIDER=Postgres "LANTERN_TEST_POSTGRES=Host=127.0.0.1;Port=$pgport;Username=lantern" -- tests/Lantern.Core.Tests tests/Lantern.Web.Tests
# The assurance suites (docs/assurance.md) run once: on SQLite, with the PostgreSQL server for the parts that need it.
run_tests "Assurance" LANTERN_FUZZ_REQUESTS=${LANTERN_FUZZ_REQUESTS:-10000} LANTERN_CRASH_KILLS=${LANTERN_CRASH_KILLS:-10} LANTERN_TEST_PROVIDER=Sqlite "LANTERN_TEST_POSTGRES=Host=127.0.0.1;Port=$pgport;Username=lantern" "LANTERN_PG_BIN=$pgbin" -- tests/Lantern.Assurance.Tests
run_tests "Browser" LANTERN_TEST_PROVIDER=Sqlite -- tests/Lantern.Browser.Tests

passed=$(grep -hoE "Passed: +[0-9]+" "$results" | awk '{s+=$2} END {print s+0}')
failed=$(grep -hoE "Failed: +[0-9]+" "$results" | awk '{s+=$2} END {print s+0}')
runs=$(grep -cE "^(Passed|Failed)!" "$results" || true)
rm -f "$results"
echo
echo "Tests: $passed passed, $failed failed"
if [ "$runs" -ne 7 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  echo "Some test runs failed or did not run ($runs of 7 reported)." >&2
  exit 1
fi
