#!/usr/bin/env bash
# Practice dashboard benchmark (target: every dashboard answers in under 500 ms on 100,000 cases, on SQLite and
# PostgreSQL). Publishes Release, seeds N synthetic cases (`lantern seed --cases N --seed 1`: families, intakes, notes
# with word and finding counts, plans, map gaps and entries, confirmed reviews), starts Lantern on loopback, signs in
# through the real cookie form as the synthetic agency's manager (the whole agency) and as the supervisor of team 01,
# and times N sequential requests of each dashboard with curl (server latency at one connection; every request
# includes its audited viewing). Appends p50/p90/p99/max to bench/RESULTS.md.
#   bench/dashboard.sh [--cases 100000] [--requests 50] [--providers "sqlite postgres"] [--keep DIR]
# --keep DIR reuses (or leaves behind) the seeded databases in DIR, so that a second run skips the seeding.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=100000; requests=50; providers="sqlite postgres"; keep=""
while [ $# -gt 0 ]; do
  case $1 in
    --cases) cases=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --providers) providers=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
args="--cases $cases --requests $requests --providers \"$providers\""

work=$(mktemp -d /tmp/lantern-dashboard-bench.XXXXXX)
data=${keep:-$work/data}
mkdir -p "$data"
chmod 755 "$work" "$data" # the postgres user must reach its cluster folder inside
port=5183; pgport=55443
web=""; pgbin=""; pgdata=""
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  if [ -n "$web" ]; then kill "$web" 2>/dev/null || true; wait "$web" 2>/dev/null || true; fi
  if [ -n "$pgdata" ]; then run_pg "$pgbin/pg_ctl" -D "$pgdata" stop -m fast >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== Publishing Lantern (Release)"
timeout 900 dotnet publish src/Lantern.Web -c Release -o "$work/app" -nologo -clp:ErrorsOnly >/dev/null
timeout 900 dotnet publish src/Lantern.Cli -c Release -o "$work/cli" -nologo -clp:ErrorsOnly >/dev/null

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo "+changes")
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
report="$work/report.md"
{
  echo
  echo "### Practice dashboard benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
  echo "Machine: $machine. Command: \`bench/dashboard.sh $args\`."
  echo "$cases synthetic cases (seed 1) in one agency of 20 teams. $requests sequential requests per row after 5 warm-up requests,"
  echo "timed by curl on loopback (time to the last byte); every request is signed in through the cookie form (or a bearer"
  echo "token for the API) and writes its audited DashboardViewed event. Default period: the last twelve months."
  echo
  echo "| database | request | p50 ms | p90 ms | p99 ms | max ms | under 500 ms |"
  echo "|---|---|---:|---:|---:|---:|---|"
} > "$report"

sign_in() { # user -> cookie header value
  local jar="$work/cookies-$1" token
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/Account/SignIn" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=$1" --data-urlencode "Password=lantern-demo" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/Account/SignIn"
  awk '$6=="lantern.session" {print "lantern.session=" $7}' "$jar"
}

measure() { # header url -> "p50 p90 p99 max" in ms
  local times="$work/times" status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$1" "http://127.0.0.1:$port$2")
  [ "$status" = 200 ] || { echo "GET $2 answered $status" >&2; exit 1; }
  for _ in 1 2 3 4; do curl -s -o /dev/null -H "$1" "http://127.0.0.1:$port$2"; done
  : > "$times"
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "$1" "http://127.0.0.1:$port$2" >> "$times"
  done
  sort -n "$times" | awk '{ v[NR] = $1 * 1000 } END {
    i50 = int(NR * 0.50 + 0.999); i90 = int(NR * 0.90 + 0.999); i99 = int(NR * 0.99 + 0.999);
    printf "%.1f %.1f %.1f %.1f\n", v[i50], v[i90], v[i99], v[NR] }'
}

for provider in $providers; do
  seeded=""
  if [ "$provider" = sqlite ]; then
    [ -f "$data/lantern.db" ] && seeded=1
    export Database__Provider=Sqlite Database__ConnectionString="Data Source=$data/lantern.db"
  else
    pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
    pgdata="$data/pg/data"
    if [ -d "$pgdata" ]; then seeded=1; else
      mkdir -p "$data/pg"; [ "$(id -u)" -eq 0 ] && chown postgres "$data/pg"
      run_pg "$pgbin/initdb" -D "$pgdata" -A trust -U lantern >/dev/null
    fi
    run_pg "$pgbin/pg_ctl" -D "$pgdata" -o "-p $pgport -k $data/pg -c listen_addresses=127.0.0.1 -c shared_buffers=1GB" -l "$data/pg/log" -w start >/dev/null
    [ -n "$seeded" ] || run_pg psql -h 127.0.0.1 -p "$pgport" -U lantern -d postgres -qc "CREATE DATABASE lantern" >/dev/null
    export Database__Provider=Postgres Database__ConnectionString="Host=127.0.0.1;Port=$pgport;Username=lantern;Database=lantern;Maximum Pool Size=64"
  fi

  if [ -z "$seeded" ]; then
    echo "== $provider: seeding $cases cases"
    seed_start=$(date +%s)
    dotnet "$work/cli/lantern.dll" seed --cases "$cases" --seed 1 | tail -n 1
    seconds=$(( $(date +%s) - seed_start ))
    echo "  seeded in $seconds s"
    echo "| $provider | seeding $cases cases (\`lantern seed --cases $cases --seed 1\`) | | | | $((seconds * 1000)) | |" >> "$report"
  else
    echo "== $provider: reusing the database seeded in $data (brought up to the current schema)"
    dotnet "$work/cli/lantern.dll" migrate | tail -n 1
  fi

  echo "== $provider: starting Lantern"
  Lantern__RequireHttps=false ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/Lantern.Web.dll" --urls "http://127.0.0.1:$port" \
    --contentRoot "$work/app" > "$work/web-$provider.log" 2>&1 &
  web=$!
  up=""
  for _ in $(seq 1 90); do curl -sf -o /dev/null "http://127.0.0.1:$port/Account/SignIn" && { up=1; break; }; sleep 1; done
  [ -n "$up" ] || { echo "Lantern did not start:" >&2; tail -n 30 "$work/web-$provider.log" >&2; exit 1; }

  manager=$(sign_in manager01); supervisor=$(sign_in supervisor01)
  [ -n "$manager" ] && [ -n "$supervisor" ] || { echo "sign-in failed" >&2; exit 1; }
  bearer=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"manager01","password":"lantern-demo"}' \
    "http://127.0.0.1:$port/api/v1/auth/login" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  today=$(date -u +%Y-%m-%d); five=$(date -u -d '5 years ago + 1 day' +%Y-%m-%d)
  load=$(cut -d' ' -f1-3 /proc/loadavg)

  printf '%-52s %8s %8s %8s %8s\n' request "p50 ms" "p90 ms" "p99 ms" "max ms"
  for run in "manager, whole agency, page|Cookie: $manager|/Dashboards/Practice" \
             "supervisor, team 01, page|Cookie: $supervisor|/Dashboards/Practice" \
             "manager, whole agency, API (JSON)|Authorization: Bearer $bearer|/api/v1/dashboards/practice" \
             "manager, whole agency, five years, page|Cookie: $manager|/Dashboards/Practice?from=$five&to=$today" \
             "manager, whole agency, CSV of the gaps|Cookie: $manager|/Dashboards/Practice?handler=Csv&table=gaps"; do
    IFS='|' read -r label header path <<< "$run"
    read -r p50 p90 p99 max <<< "$(measure "$header" "$path")"
    verdict=$(awk -v v="$p99" 'BEGIN { print (v < 500) ? "yes (p99)" : "NO" }')
    printf '%-52s %8s %8s %8s %8s\n' "$label" "$p50" "$p90" "$p99" "$max"
    echo "| $provider | $label | $p50 | $p90 | $p99 | $max | $verdict |" >> "$report"
  done
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$web/status")
  echo "| $provider | web process resident at the end: $rss MB; load average before measuring: $load | | | | | |" >> "$report"
  kill "$web"; wait "$web" 2>/dev/null || true; web=""
  if [ "$provider" = postgres ]; then run_pg "$pgbin/pg_ctl" -D "$pgdata" stop -m fast >/dev/null; pgdata=""; fi
done

cat "$report" >> bench/RESULTS.md
echo "== Appended to bench/RESULTS.md"
