#!/usr/bin/env bash
# Map page benchmark (target: the map of a case with 300 entries and 6 people renders in under 20 ms median on the
# server). Publishes Release, seeds the demonstration data into a fresh database, starts Lantern on loopback, builds
# one case through the real API as `worker` (6 people, 300 entries over the five components: bench/map-populate.py),
# signs in through the real cookie form and measures GET /Cases/{id}/Map with wrk at 1 connection (server latency)
# and at 4, plus the same map as JSON from the API (the same MapService without Razor) for comparison.
# Checks that the page holds the 300 entries. Appends to bench/RESULTS.md.
#   bench/map.sh [--duration 20s] [--providers "sqlite postgres"]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=20s; providers="sqlite"
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --providers) providers=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
args="--duration $duration --providers \"$providers\""

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null; }
command -v python3 >/dev/null || { echo "python3 is needed to build the case through the API" >&2; exit 1; }

work=$(mktemp -d /tmp/lantern-map-bench.XXXXXX)
chmod 755 "$work" # the postgres user must reach its cluster folder inside
port=5182; pgport=55442
web=""; pgbin=""
cleanup() {
  if [ -n "$web" ]; then kill "$web" 2>/dev/null || true; wait "$web" 2>/dev/null || true; fi
  if [ -d "$work/pg/data" ]; then run_pg "$pgbin/pg_ctl" -D "$work/pg/data" stop -m fast >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

echo "== Publishing Lantern (Release)"
timeout 600 dotnet publish src/Lantern.Web -c Release -o "$work/app" -nologo -clp:ErrorsOnly >/dev/null
timeout 600 dotnet publish src/Lantern.Cli -c Release -o "$work/cli" -nologo -clp:ErrorsOnly >/dev/null

commit=$(git rev-parse --short HEAD)
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
report="$work/report.md"
{
  echo
  echo "### Map page benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
  echo "Machine: $machine. Command: \`bench/map.sh $args\`."
  echo "GET /Cases/{id}/Map of one case with 6 people (him, her, 4 children) and 300 entries (90 coercive control,"
  echo "50 harm to children, 60 protective efforts, 60 child impacts, about half linked to his behaviours, 40 intersecting"
  echo "factors), built through the API; signed in as \`worker\` through the cookie form; wrk --latency -d$duration on"
  echo "loopback after a 5 s warm-up. Every request includes the authorisation, the audited read (one audit event"
  echo "per map view) and the map's 5–6 queries. The JSON row is the same map from \`GET /api/v1/cases/{id}/map\`"
  echo "(bearer token, same MapService and audit, no Razor)."
  echo
  echo "| database | request | connections | requests/s | p50 ms | p90 ms | p99 ms |"
  echo "|---|---|---:|---:|---:|---:|---:|"
} > "$report"

to_ms() { # wrk latency like 1.23ms, 850.00us, 1.02s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v*1000 } else print v }'
}

measure() { # connections threads duration url header -> "rps p50 p90 p99"
  local out rps p50 p90 p99 non2xx
  out=$(timeout 120 wrk -t"$2" -c"$1" -d"$3" --latency -H "$5" "http://127.0.0.1:$port$4")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
  p90=$(to_ms "$(echo "$out" | awk '$1=="90%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  if [ -n "$non2xx" ]; then echo "wrk: $non2xx non-2xx responses on $4" >&2; exit 1; fi
  echo "$rps $p50 $p90 $p99"
}

medians=()
for provider in $providers; do
  if [ "$provider" = sqlite ]; then
    export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/lantern.db"
  else
    pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
    mkdir -p "$work/pg"; [ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
    run_pg "$pgbin/initdb" -D "$work/pg/data" -A trust -U lantern >/dev/null
    run_pg "$pgbin/pg_ctl" -D "$work/pg/data" -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1" -l "$work/pg/log" -w start >/dev/null
    run_pg psql -h 127.0.0.1 -p "$pgport" -U lantern -d postgres -qc "CREATE DATABASE lantern" >/dev/null
    export Database__Provider=Postgres Database__ConnectionString="Host=127.0.0.1;Port=$pgport;Username=lantern;Database=lantern"
  fi

  echo "== $provider: seeding the demonstration data"
  timeout 300 dotnet "$work/cli/lantern.dll" seed --demo | tail -n 1

  echo "== $provider: starting Lantern"
  Lantern__RequireHttps=false ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/Lantern.Web.dll" --urls "http://127.0.0.1:$port" \
    --contentRoot "$work/app" > "$work/web-$provider.log" 2>&1 &
  web=$!
  up=""
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/Account/SignIn" && { up=1; break; }; sleep 1; done
  [ -n "$up" ] || { echo "Lantern did not start:" >&2; tail -n 30 "$work/web-$provider.log" >&2; exit 1; }

  echo "== $provider: building the case through the API (6 people, 300 entries)"
  build_start=$(date +%s)
  case_id=$(timeout 600 python3 bench/map-populate.py "http://127.0.0.1:$port" worker lantern-demo)
  echo "  case $case_id built in $(( $(date +%s) - build_start )) s"

  # Sign in through the real form, as load.sh does.
  jar="$work/cookies-$provider"
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/Account/SignIn" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=worker" --data-urlencode "Password=lantern-demo" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/Account/SignIn"
  cookie=$(awk '$6=="lantern.session" {print "lantern.session=" $7}' "$jar")
  [ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
  bearer=$(curl -sf -H 'Content-Type: application/json' -d '{"userName":"worker","password":"lantern-demo"}' \
    "http://127.0.0.1:$port/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')

  url="/Cases/$case_id/Map"
  status=$(curl -s -o "$work/map.html" -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$port$url")
  [ "$status" = 200 ] || { echo "GET $url answered $status" >&2; exit 1; }
  # class="lantern-entry" or class="lantern-entry lantern-entry--high-risk": one per entry (not lantern-entry__text etc.).
  entries=$(grep -o 'class="lantern-entry[" ]' "$work/map.html" | wc -l)
  size=$(stat -c %s "$work/map.html")
  echo "  map page: $entries entries, $size bytes"
  [ "$entries" -eq 300 ] || { echo "expected 300 entries on the map page, found $entries" >&2; exit 1; }

  echo "== $provider: warming up (5 s)"
  measure 4 1 5s "$url" "Cookie: $cookie" >/dev/null
  measure 1 1 3s "/api/v1/cases/$case_id/map" "Authorization: Bearer $bearer" >/dev/null
  load=$(cut -d' ' -f1-3 /proc/loadavg)

  printf '%-34s %4s %10s %8s %8s %8s\n' request conn "req/s" "p50 ms" "p90 ms" "p99 ms"
  for run in "map page ($size bytes)|$url|Cookie: $cookie|1" "map page|$url|Cookie: $cookie|4" \
             "map as JSON (API)|/api/v1/cases/$case_id/map|Authorization: Bearer $bearer|1"; do
    IFS='|' read -r label path header conns <<< "$run"
    read -r rps p50 p90 p99 <<< "$(measure "$conns" 1 "$duration" "$path" "$header")"
    printf '%-34s %4s %10s %8s %8s %8s\n' "$label" "$conns" "$rps" "$p50" "$p90" "$p99"
    echo "| $provider | $label | $conns | $rps | $p50 | $p90 | $p99 |" >> "$report"
    if [ "$conns" = 1 ] && [ "$path" = "$url" ]; then medians+=("$provider $p50"); fi
  done
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$web/status")
  echo "  web process resident: $rss MB"
  echo "| $provider | web process resident at the end | | $rss MB | | | |" >> "$report"
  echo "| $provider | load average (1, 5, 15 min) before measuring | | $load | | | |" >> "$report"
  kill "$web"; wait "$web" 2>/dev/null || true; web=""
done

{
  echo
  for m in "${medians[@]}"; do
    read -r provider p50 <<< "$m"
    verdict=$(awk -v v="$p50" 'BEGIN { print (v < 20) ? "met" : "NOT met" }')
    echo "Median of the map page at one connection, $provider: **$p50 ms** (target < 20 ms: $verdict)."
  done
} >> "$report"
cat "$report" >> bench/RESULTS.md
echo "== Appended to bench/RESULTS.md"
for m in "${medians[@]}"; do echo "  median ($m ms)"; done
