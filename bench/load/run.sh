#!/usr/bin/env bash
# Load benchmark of the reader site against nginx serving the same bytes as a static file.
#   bench/load/run.sh [articles=100000] [seconds=10]
# Builds Release, generates (once) a database of N articles, starts two app instances on it (output cache on / off)
# and nginx, runs wrk with 64 connections against each target, prints req/s and p50/p99 with the ratios, and appends
# the table to docs/benchmarks.md. Search is not loaded here: the instances run without the background indexer
# (indexing 100k articles with Read also takes longer than the whole run); bench/Search measures search latency.
# Needs wrk and nginx (apt-get install wrk nginx). Everything listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-100000}
SECONDS_PER_RUN=${2:-10}
OUT=bench/results
APP=$OUT/app
DATA=$OUT/data-$ARTICLES
STATIC=$OUT/static
CACHED_PORT=5081 UNCACHED_PORT=5082 NGINX_PORT=5083
mkdir -p "$OUT" "$STATIC"

command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx: apt-get install -y wrk nginx" >&2; exit 2; }

echo "== build (Release)"
dotnet publish src/Vestnik -c Release -o "$APP" -nologo -v quiet >/dev/null
if [ ! -f "$DATA/vestnik.db" ]; then
    echo "== generate $ARTICLES articles"
    dotnet run -c Release --project bench/Vestnik.Bench -- generate --data "$DATA" --articles "$ARTICLES"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; nginx -c "$PWD/$OUT/nginx.conf" -s stop 2>/dev/null || true; }
trap cleanup EXIT

start_app() { # port, cache enabled
    local started=$(date +%s%N)
    ASPNETCORE_ENVIRONMENT=Production Vestnik__DataPath="$DATA" Vestnik__DemoContent=false \
    Vestnik__Admin__Password="Bench-admin-password-1" OutputCache__Enabled="$2" Logging__LogLevel__Default=Warning \
    RateLimiting__Enabled=false Search__Indexing=false Inbox__PollerEnabled=false \
        dotnet "$APP/Vestnik.dll" --urls "http://127.0.0.1:$1" >"$OUT/app-$1.log" 2>&1 &
    pids+=($!)
    until curl -fs -o /dev/null "http://127.0.0.1:$1/healthz"; do sleep 0.05; done
    until curl -fs -o /dev/null "http://127.0.0.1:$1/"; do sleep 0.05; done
    echo "$(( ($(date +%s%N) - started) / 1000000 ))" > "$OUT/startup-$1"
}

echo "== start"
start_app $CACHED_PORT true
cached_pid=${pids[-1]}
startup_ms=$(cat "$OUT/startup-$CACHED_PORT")
start_app $UNCACHED_PORT false
rss_idle=$(awk '/VmRSS/{print $2}' /proc/$cached_pid/status)

slug=$(curl -fs "http://127.0.0.1:$CACHED_PORT/" | grep -o 'href="/articles/[^"]*"' | head -1 | sed 's/href="\/articles\///; s/"//')
ARTICLE=/articles/$slug
curl -fs "http://127.0.0.1:$CACHED_PORT$ARTICLE" -o "$STATIC/article.html"
gzip -9 -k -f "$STATIC/article.html"
cat >"$OUT/nginx.conf" <<NGINX
worker_processes auto;
pid $PWD/$OUT/nginx.pid;
error_log $PWD/$OUT/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    include /etc/nginx/mime.types;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $PWD/$STATIC;
        gzip_static on;
        location / { default_type text/html; }
    }
}
NGINX
nginx -c "$PWD/$OUT/nginx.conf"

run() { # name, url, [header]
    local header=${3:-"X-Bench: 1"}
    curl -fs -o /dev/null -H "$header" "$2" # warm the cache and the JIT
    wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" --latency -H "$header" "$2" > "$OUT/wrk-$1.txt"
    local rps p50 p99
    rps=$(awk '/Requests\/sec/{print $2}' "$OUT/wrk-$1.txt")
    p50=$(awk '$1=="50%"{print $2}' "$OUT/wrk-$1.txt")
    p99=$(awk '$1=="99%"{print $2}' "$OUT/wrk-$1.txt")
    printf "| %-34s | %10s | %8s | %8s |\n" "$1" "$rps" "$p50" "$p99" | tee -a "$OUT/table.md"
    echo "$rps" > "$OUT/rps-$1"
}

: > "$OUT/table.md"
echo "| target | req/s | p50 | p99 |" | tee -a "$OUT/table.md"
echo "|---|---:|---:|---:|" | tee -a "$OUT/table.md"
run "nginx static, plain" "http://127.0.0.1:$NGINX_PORT/article.html"
run "nginx static, gzip_static" "http://127.0.0.1:$NGINX_PORT/article.html" "Accept-Encoding: gzip"
run "(a) article, cached, plain" "http://127.0.0.1:$CACHED_PORT$ARTICLE"
run "(a) article, cached, gzip" "http://127.0.0.1:$CACHED_PORT$ARTICLE" "Accept-Encoding: gzip"
run "(b) article, uncached" "http://127.0.0.1:$UNCACHED_PORT$ARTICLE"
run "(c) home, uncached" "http://127.0.0.1:$UNCACHED_PORT/"
run "(c) home, cached" "http://127.0.0.1:$CACHED_PORT/"
rss_peak=$(awk '/VmHWM/{print $2}' /proc/$cached_pid/status)

ratio() { awk -v a="$(cat "$OUT/rps-$1")" -v b="$(cat "$OUT/rps-$2")" 'BEGIN{printf "%.2f", a/b}'; }
summary="cached article / nginx: plain $(ratio "(a) article, cached, plain" "nginx static, plain"), gzip $(ratio "(a) article, cached, gzip" "nginx static, gzip_static")"
echo
echo "$summary"
echo "start to first 200 on $ARTICLES articles: ${startup_ms} ms; RSS idle $((rss_idle / 1024)) MB, peak $((rss_peak / 1024)) MB"

{
    echo
    echo "### Load run $(date -u +%Y-%m-%dT%H:%MZ), $ARTICLES articles, wrk -t2 -c64 -d${SECONDS_PER_RUN}s"
    echo
    echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'), $(free -g | awk '/Mem:/{print $2}') GiB; wrk, nginx and the app share the machine."
    echo "Article page: $(wc -c < "$STATIC/article.html") bytes ($(wc -c < "$STATIC/article.html.gz") gzipped)."
    echo
    cat "$OUT/table.md"
    echo
    echo "$summary. Start to first 200: ${startup_ms} ms. RSS (cached instance): idle $((rss_idle / 1024)) MB, peak $((rss_peak / 1024)) MB."
} >> docs/benchmarks.md
