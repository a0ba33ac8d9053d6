#!/usr/bin/env bash
# Load benchmark of the content API's article list (a page of 20), cached and uncached.
#   bench/load/api.sh [articles=100000] [seconds=10]
# Builds Release, generates (once) a database of N articles, adds one API key to it, starts two app instances on it
# (output cache on; off), runs wrk with 64 connections against /api/v1/articles?limit=20 on each, and reads the
# uncached instance's CPU time (utime + stime from /proc) over its run to give the CPU per answered request.
# Prints the table and appends it to docs/benchmarks.md. Needs wrk and sqlite3. Everything listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-100000}
SECONDS_PER_RUN=${2:-10}
WARMUP=${WARMUP:-5}
OUT=bench/results
APP=$OUT/app
DATA=$OUT/data-$ARTICLES
CACHED_PORT=5091 UNCACHED_PORT=5092
mkdir -p "$OUT"

command -v wrk >/dev/null && command -v sqlite3 >/dev/null || { echo "needs wrk and sqlite3: apt-get install -y wrk sqlite3" >&2; exit 2; }

echo "== build (Release)"
dotnet publish src/Vestnik -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$APP" -nologo -v quiet >/dev/null
if [ ! -f "$DATA/vestnik.db" ]; then
    echo "== generate $ARTICLES articles"
    dotnet run -c Release --project bench/Vestnik.Bench -- generate --data "$DATA" --articles "$ARTICLES"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start_app() { # port, cache enabled
    local port=$1 cache=$2
    env ASPNETCORE_ENVIRONMENT=Production Vestnik__DataPath="$DATA" Vestnik__DemoContent=false Vestnik__PublicBaseUrl="http://127.0.0.1:$port" \
        Vestnik__Admin__Password="Bench-admin-password-1" OutputCache__Enabled="$cache" Logging__LogLevel__Default=Warning \
        RateLimiting__Enabled=false Vestnik__Roles=web \
        dotnet "$APP/Vestnik.dll" --urls "http://127.0.0.1:$port" >"$OUT/app-$port.log" 2>&1 &
    pids+=($!)
    until curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.1; done
}

echo "== start"
start_app $CACHED_PORT true
start_app $UNCACHED_PORT false
cached_pid=${pids[0]} uncached_pid=${pids[1]}

# One key with a limit no run reaches (above what the newsroom page allows); the secret's SHA-256 is what the table keeps, as the newsroom page stores it.
KEY="vk_bench-$(date +%s%N)"
hash=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
sqlite3 "$DATA/vestnik.db" "INSERT INTO ApiKeys (Name, SecretHash, Scopes, AllowedOrigins, RequestsPerMinute, CreatedAt)
    VALUES ('bench', '$hash', 'content:read', '', 2000000000, 0);"
URL=/api/v1/articles?limit=20
curl -fs -H "Authorization: Bearer $KEY" "http://127.0.0.1:$CACHED_PORT$URL" | grep -q '"items":\[{' || { echo "the API did not answer a page" >&2; exit 1; }

cat > "$OUT/api-key.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $KEY"
LUA

run() { # port → "req/s p50 p99 non-2xx"
    local port=$1 out
    wrk -t2 -c64 -d"${WARMUP}s" -s "$OUT/api-key.lua" "http://127.0.0.1:$port$URL" >/dev/null
    out=$(wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" --latency -s "$OUT/api-key.lua" "http://127.0.0.1:$port$URL")
    echo "$(awk '/Requests\/sec/{print $2}' <<<"$out") $(awk '$1=="50%"{print $2}' <<<"$out") $(awk '$1=="99%"{print $2}' <<<"$out") $(awk '/Non-2xx/{print $5}' <<<"$out")"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo "== cached"
read -r cached_rps cached_p50 cached_p99 cached_bad <<<"$(run $CACHED_PORT)"
echo "== uncached"
wrk -t2 -c64 -d"${WARMUP}s" -s "$OUT/api-key.lua" "http://127.0.0.1:$UNCACHED_PORT$URL" >/dev/null
ticks_before=$(cpu_ticks $uncached_pid)
out=$(wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" --latency -s "$OUT/api-key.lua" "http://127.0.0.1:$UNCACHED_PORT$URL")
ticks_after=$(cpu_ticks $uncached_pid)
requests=$(awk '/requests in/{print $1}' <<<"$out")
uncached_rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
uncached_p99=$(awk '$1=="99%"{print $2}' <<<"$out")
hz=$(getconf CLK_TCK)
cpu_ms=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')

load=$(cut -d' ' -f1-3 /proc/loadavg)
table=$(cat <<TABLE
### Content API list, $(date -u +%Y-%m-%dT%H:%MZ), $ARTICLES articles, wrk -t2 -c64 -d${SECONDS_PER_RUN}s, load average $load

| target | req/s | p50 | p99 | CPU per request | non-2xx |
|---|---|---|---|---|---|
| \`GET $URL\`, cached | $cached_rps | $cached_p50 | $cached_p99 | — | ${cached_bad:-0} |
| \`GET $URL\`, uncached | $uncached_rps | — | $uncached_p99 | $cpu_ms ms | — |

Commit $(git rev-parse --short HEAD); the uncached CPU is the app's utime + stime over the run divided by the requests
answered (wrk shares the two cores).
TABLE
)
echo "$table"
printf '\n%s\n' "$table" >> docs/benchmarks.md
