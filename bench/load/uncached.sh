#!/usr/bin/env bash
# Uncached reader pages of this build side by side with a previous one, in interleaved rounds.
#   bench/load/uncached.sh [articles=100000] [rounds=5] [seconds=8]
# Uses the Release builds and the database that run.sh leaves in bench/results (run it first with BASELINE, or
# publish both builds to bench/results/app and bench/results/app-baseline). Starts both builds with the output cache
# off and the web role only, on the same database; loads each target WARMUP seconds unmeasured per build (default 20),
# then runs wrk -t2 -c64 on each target, the two builds alternating within each round. CPU per request is the app's
# user + system time from /proc/<pid>/stat over the run, divided by the requests answered: unlike req/s, it barely
# moves with the machine's load. Prints every round and the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-100000}
ROUNDS=${2:-5}
SECONDS_PER_RUN=${3:-8}
WARMUP=${WARMUP:-20}
OUT=bench/results
DATA=$OUT/data-$ARTICLES
CURRENT_PORT=5082 BASELINE_PORT=5084
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start_app() { # app folder, port
    env ASPNETCORE_ENVIRONMENT=Production Vestnik__DataPath="$DATA" Vestnik__DemoContent=false \
        Vestnik__PublicBaseUrl="http://127.0.0.1:$2" Vestnik__Admin__Password="Bench-admin-password-1" \
        OutputCache__Enabled=false Logging__LogLevel__Default=Warning RateLimiting__Enabled=false Vestnik__Roles=web \
        dotnet "$1/Vestnik.dll" --urls "http://127.0.0.1:$2" >"$OUT/app-$2.log" 2>&1 &
    pids+=($!)
    until curl -fs -o /dev/null "http://127.0.0.1:$2/"; do sleep 0.1; done
}
start_app "$OUT/app-baseline" $BASELINE_PORT
baseline_pid=${pids[-1]}
start_app "$OUT/app" $CURRENT_PORT
current_pid=${pids[-1]}

# The first article of the home page: on the generated data, one with threads of comments.
ARTICLE=$(curl -fs "http://127.0.0.1:$CURRENT_PORT/" | grep -o 'href="/articles/[^"]*"' | sed -n '1s/href="//; 1s/"$//p')
targets=("home:/" "article:$ARTICLE")

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
measure() { # pid, port, path, seconds; prints "cpu_ms_per_request req_per_s"
    local before out requests
    before=$(cpu_ticks "$1")
    out=$(wrk -t2 -c64 -d"$4"s "http://127.0.0.1:$2$3")
    requests=$(awk '/requests in/{print $1}' <<<"$out")
    awk -v t="$(( $(cpu_ticks "$1") - before ))" -v hz="$(getconf CLK_TCK)" -v n="$requests" -v s="$4" \
        'BEGIN{printf "%.2f %.1f\n", t * 1000 / hz / n, n / s}'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in "${targets[@]}"; do
    measure "$baseline_pid" $BASELINE_PORT "${target#*:}" "$WARMUP" >/dev/null
    measure "$current_pid" $CURRENT_PORT "${target#*:}" "$WARMUP" >/dev/null
done
: > "$OUT/uncached-rounds.txt"
for round in $(seq "$ROUNDS"); do
    for target in "${targets[@]}"; do
        for build in baseline current; do
            if [ $build = baseline ]; then pid=$baseline_pid port=$BASELINE_PORT; else pid=$current_pid port=$CURRENT_PORT; fi
            read -r cpu rps < <(measure "$pid" "$port" "${target#*:}" "$SECONDS_PER_RUN")
            echo "$round ${target%%:*} $build $cpu $rps" | tee -a "$OUT/uncached-rounds.txt"
        done
    done
done
median() { sort -n | awk '{v[NR] = $1} END{print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for target in "${targets[@]}"; do
    for build in baseline current; do
        rows=$(awk -v t="${target%%:*}" -v b=$build '$2 == t && $3 == b' "$OUT/uncached-rounds.txt")
        echo "${target%%:*} $build: CPU ms/req median $(awk '{print $4}' <<<"$rows" | median), req/s median $(awk '{print $5}' <<<"$rows" | median)"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
