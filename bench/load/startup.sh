#!/usr/bin/env bash
# Start time and idle memory of the app, side by side with a previous build.
#   BASELINE=<git ref> bench/load/startup.sh [articles=100000] [rounds=5]
# Uses the Release builds and the database that run.sh leaves in bench/results (run it first; with BASELINE it also
# builds the baseline). Starts each build in turn, round after round, on the same database with the roles of a
# production node (web, worker), times the start to the first 200 of the home page, waits IDLE seconds (default 5)
# and reads the resident memory; prints every round and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-100000}
ROUNDS=${2:-5}
IDLE=${IDLE:-5}
OUT=bench/results
DATA=$OUT/data-$ARTICLES
PORT=5086
builds=("$OUT/app")
[ -n "${BASELINE:-}" ] && builds=("$OUT/app-baseline" "$OUT/app")

start_once() { # app folder; prints "ms rss_mb"
    local started pid ms rss
    started=$(date +%s%N)
    env ASPNETCORE_ENVIRONMENT=Production Vestnik__DataPath="$DATA" Vestnik__DemoContent=false \
        Vestnik__PublicBaseUrl="http://127.0.0.1:$PORT" Vestnik__Admin__Password="Bench-admin-password-1" \
        Logging__LogLevel__Default=Warning Vestnik__Roles=web,worker \
        dotnet "$1/Vestnik.dll" --urls "http://127.0.0.1:$PORT" >"$OUT/startup-app.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.02; done
    ms=$(( ($(date +%s%N) - started) / 1000000 ))
    sleep "$IDLE"
    rss=$(awk '/VmRSS/{print int($2 / 1024)}' "/proc/$pid/status")
    kill "$pid" && wait "$pid" 2>/dev/null || true
    echo "$ms $rss"
}

median() { sort -n | awk '{v[NR] = $1} END{print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$OUT/startup-rounds.txt"
for round in $(seq "$ROUNDS"); do
    for build in "${builds[@]}"; do
        read -r ms rss < <(start_once "$build")
        echo "$round $build $ms $rss" | tee -a "$OUT/startup-rounds.txt"
    done
done
for build in "${builds[@]}"; do
    echo "$build: start to first 200 median $(awk -v b="$build" '$2 == b {print $3}' "$OUT/startup-rounds.txt" | median) ms, RSS after ${IDLE} s idle median $(awk -v b="$build" '$2 == b {print $4}' "$OUT/startup-rounds.txt" | median) MB"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
