#!/usr/bin/env bash
# Load benchmark: seeds N synthetic cases (default 100,000) into SQLite and PostgreSQL, starts Lantern in
# Release on loopback, signs in as a practitioner and measures with wrk at 32 connections the case list, a name
# search, the case page, the person page of a perpetrator who recurs across families, and a static file of the
# case page's size served by the same Kestrel (the reference for "the limit"). Appends to bench/RESULTS.md.
# Each page is first loaded for --warmup unmeasured (the JIT's tiered compilation otherwise halves the first
# seconds' figures), then measured for --duration.
#   bench/load.sh [--cases N] [--duration 15s] [--warmup 20s] [--providers "sqlite postgres"]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=100000; duration=15s; warmup=20s; providers="sqlite postgres"
while [ $# -gt 0 ]; do
  case $1 in
    --cases) cases=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --providers) providers=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { as_root apt-get update -qq; DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null; }

work=$(mktemp -d /tmp/lantern-bench.XXXXXX)
chmod 755 "$work" # the postgres user must reach its cluster folder inside
port=5181; pgport=55441
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ -d "$work/pg" ]; then run_pg "$pgbin/pg_ctl" -D "$work/pg/data" stop -m fast >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

echo "== Publishing Lantern (Release)"
dotnet publish src/Lantern.Web -c Release -o "$work/app" -nologo -clp:ErrorsOnly >/dev/null
dotnet publish src/Lantern.Cli -c Release -o "$work/cli" -nologo -clp:ErrorsOnly >/dev/null

commit=$(git rev-parse --short HEAD)
machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
report="$work/report.md"
{
  echo
  echo "### Load benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
  echo "Machine: $machine. Command: \`bench/load.sh --cases $cases --duration $duration --warmup $warmup\`. wrk -t2 -c32 -d$duration --latency, loopback, after $warmup of the same load unmeasured."
  echo
  echo "| database | page | requests/s | p50 ms | p99 ms | vs static |"
  echo "|---|---|---:|---:|---:|---:|"
} > "$report"

to_ms() { # wrk latency like 1.23ms, 850.00us, 1.02s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v*1000 } else print v }'
}

measure() { # label url cookie -> "rps p50 p99"
  local out
  wrk -t2 -c32 -d"$warmup" -H "Cookie: $3" "http://127.0.0.1:$port$2" > /dev/null
  out=$(wrk -t2 -c32 -d"$duration" --latency -H "Cookie: $3" "http://127.0.0.1:$port$2")
  local rps p50 p99 non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1=="50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  if [ -n "$non2xx" ]; then echo "  warning: $non2xx non-2xx responses on $1" >&2; fi
  echo "$rps $p50 $p99"
}

for provider in $providers; do
  if [ "$provider" = sqlite ]; then
    export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/lantern.db"
  else
    pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
    mkdir -p "$work/pg"; [ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
    run_pg "$pgbin/initdb" -D "$work/pg/data" -A trust -U lantern >/dev/null
    run_pg "$pgbin/pg_ctl" -D "$work/pg/data" -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=1GB" -l "$work/pg/log" -w start >/dev/null
    run_pg psql -h 127.0.0.1 -p "$pgport" -U lantern -d postgres -qc "CREATE DATABASE lantern" >/dev/null
    export Database__Provider=Postgres Database__ConnectionString="Host=127.0.0.1;Port=$pgport;Username=lantern;Database=lantern;Maximum Pool Size=64"
  fi

  echo "== $provider: seeding $cases cases"
  seed_start=$(date +%s)
  seeded=$(dotnet "$work/cli/lantern.dll" seed --cases "$cases" --seed 1 | tail -n 1)
  echo "$seeded"
  echo "  seeded in $(( $(date +%s) - seed_start )) s"
  seed_line="| $provider | seeding $cases cases (\`lantern seed\`): ${seeded%%. Workers*} | | | | |"

  echo "== $provider: starting Lantern"
  Lantern__RequireHttps=false ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/Lantern.Web.dll" --urls "http://127.0.0.1:$port" \
    --contentRoot "$work/app" > "$work/web-$provider.log" 2>&1 &
  web=$!; pids+=("$web")
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/Account/SignIn" && break; sleep 1; done

  # Sign in through the real form as a practitioner of team 01.
  jar="$work/cookies-$provider"
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/Account/SignIn" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=worker0101" --data-urlencode "Password=lantern-demo" \
    --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$port/Account/SignIn"
  cookie=$(awk '$6=="lantern.session" {print "lantern.session=" $7}' "$jar")
  [ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }

  # A case of this team and a perpetrator who recurs across families, both picked from the worker's own case list.
  list=$(curl -s -H "Cookie: $cookie" "http://127.0.0.1:$port/Cases")
  case_path=$(echo "$list" | grep -oE 'href="/Cases/[0-9a-f-]{36}"' | head -n 1 | sed 's/href="//;s/"$//')
  person_path="/People/$(dotnet "$work/cli/lantern.dll" report recurring-perpetrators --team "Family Safety Team 01" --take 1 | cut -f1 | grep -oE '^[0-9a-f]{8}-[0-9a-f-]{27}$' | head -n 1)"
  search="Whitlock"

  curl -s -H "Cookie: $cookie" "http://127.0.0.1:$port$case_path" > "$work/case.html"
  size=$(stat -c %s "$work/case.html")
  head -c "$size" /dev/zero | tr '\0' 'x' > "$work/app/wwwroot/reference.html"

  printf '%-28s %10s %8s %8s\n' page "req/s" "p50 ms" "p99 ms"
  ref=$(measure static /reference.html "$cookie"); read -r ref_rps ref_p50 ref_p99 <<< "$ref"
  for entry in "case list|/Cases" "name search|/Cases?q=$search" "case page|$case_path" "recurring perpetrator|$person_path"; do
    label=${entry%%|*}; url=${entry#*|}
    read -r rps p50 p99 <<< "$(measure "$label" "$url" "$cookie")"
    ratio=$(awk -v a="$rps" -v b="$ref_rps" 'BEGIN { printf "%.0f%%", 100*a/b }')
    printf '%-28s %10s %8s %8s %6s\n' "$label" "$rps" "$p50" "$p99" "$ratio"
    echo "| $provider | $label | $rps | $p50 | $p99 | $ratio |" >> "$report"
  done
  printf '%-28s %10s %8s %8s\n' "static file ($size bytes)" "$ref_rps" "$ref_p50" "$ref_p99"
  echo "| $provider | static file, $size bytes | $ref_rps | $ref_p50 | $ref_p99 | 100% |" >> "$report"
  echo "$seed_line" >> "$report"
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$web/status")
  echo "  web process resident: $rss MB"
  echo "| $provider | web process resident at the end | $rss MB | | | |" >> "$report"
  kill "$web"; wait "$web" 2>/dev/null || true
done

cat "$report" >> bench/RESULTS.md
echo "== Appended to bench/RESULTS.md"
