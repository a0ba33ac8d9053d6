#!/usr/bin/env bash
# Load benchmark of the reader site against nginx serving the same bytes as a static file.
#   bench/load/run.sh [articles=100000] [seconds=10]
# Builds Release, generates (once) a database of N articles, starts app instances on it (output cache on; off; off
# with the search indexer) and nginx, runs wrk with 64 connections against each target, prints req/s, p50/p99 and failed answers with the
# ratios, and appends the table to docs/benchmarks.md.
# Search runs on a third instance (output cache off), which keeps its own index in the data folder like any node: the
# first run on a new database builds it before the load starts (printed), later runs reuse it. It has only the web
# role, so it does not compute Read also lists (on the synthetic text, where every article shares its words with
# every other, that would take hours). Comment POSTs go to the cached instance as one registered reader, with the
# per-account/per-address posting limits and the minimum time on the page turned off (one reader posting thousands
# of comments a second is exactly what they exist to stop); every other check (antiforgery, duplicates, banned words,
# the spam classifier) runs as in production.
# WARMUP=<seconds> (default 15) loads each target unmeasured first, so the runs measure the optimised code.
# BASELINE=<git ref> also builds that commit and runs (b) and (c) against it, each just before the current build, so
# a change to the uncached path is measured before/after in one run on the same load (the home page is the control).
# Needs wrk, nginx and sqlite3 (apt-get install wrk nginx sqlite3). Everything listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-100000}
SECONDS_PER_RUN=${2:-10}
WARMUP=${WARMUP:-15} # seconds of unmeasured load on each target before its run
OUT=bench/results
APP=$OUT/app
DATA=$OUT/data-$ARTICLES
STATIC=$OUT/static
CACHED_PORT=5081 UNCACHED_PORT=5082 NGINX_PORT=5083 BASELINE_PORT=5084 SEARCH_PORT=5085
BASELINE=${BASELINE:-}
mkdir -p "$OUT" "$STATIC"
rm -f "$OUT/pid-"*

command -v wrk >/dev/null && command -v nginx >/dev/null && command -v sqlite3 >/dev/null \
    || { echo "needs wrk, nginx and sqlite3: apt-get install -y wrk nginx sqlite3" >&2; exit 2; }

echo "== build (Release)"
# Published the way docs/operations.md recommends for a server: ahead-of-time compiled, so the start is not the JIT's.
dotnet publish src/Vestnik -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$APP" -nologo -v quiet >/dev/null
if [ -n "$BASELINE" ]; then
    echo "== build $BASELINE (Release) as the baseline"
    rm -rf "$OUT/baseline-src" && mkdir -p "$OUT/baseline-src"
    git archive "$BASELINE" | tar -x -C "$OUT/baseline-src"
    dotnet publish "$OUT/baseline-src/src/Vestnik" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/app-baseline" -nologo -v quiet >/dev/null
    baseline_commit=$(git rev-parse --short "$BASELINE")
fi
if [ ! -f "$DATA/vestnik.db" ]; then
    echo "== generate $ARTICLES articles"
    dotnet run -c Release --project bench/Vestnik.Bench -- generate --data "$DATA" --articles "$ARTICLES"
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; nginx -c "$PWD/$OUT/nginx.conf" -s stop 2>/dev/null || true; }
trap cleanup EXIT

start_app() { # port, cache enabled, extra VAR=value settings...
    local port=$1 cache=$2 started app=${APP_DIR:-$APP}
    shift 2
    started=$(date +%s%N)
    env ASPNETCORE_ENVIRONMENT=Production Vestnik__DataPath="$DATA" Vestnik__DemoContent=false Vestnik__PublicBaseUrl="http://127.0.0.1:$port" \
    Vestnik__Admin__Password="Bench-admin-password-1" OutputCache__Enabled="$cache" Logging__LogLevel__Default=Warning \
    RateLimiting__Enabled=false Vestnik__Roles=web,worker "$@" \
        dotnet "$app/Vestnik.dll" --urls "http://127.0.0.1:$port" >"$OUT/app-$port.log" 2>&1 &
    pids+=($!)
    echo $! > "$OUT/pid-$port"
    until curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.05; done
    until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
    echo "$(( ($(date +%s%N) - started) / 1000000 ))" > "$OUT/startup-$port"
}

echo "== start"
start_app $CACHED_PORT true Comments__MinSecondsToSubmit=0 Comments__PostsPerMinutePerAccount=100000000 Comments__PostsPerMinutePerIp=100000000
cached_pid=${pids[-1]}
startup_ms=$(cat "$OUT/startup-$CACHED_PORT")
start_app $UNCACHED_PORT false Vestnik__Roles=web
start_app $SEARCH_PORT false Vestnik__Roles=web,indexer
if [ -n "$BASELINE" ]; then
    APP_DIR=$OUT/app-baseline start_app $BASELINE_PORT false Vestnik__Roles=web
fi
rss_idle=$(awk '/VmRSS/{print $2}' /proc/$cached_pid/status)

slugs=$(curl -fs "http://127.0.0.1:$CACHED_PORT/" | grep -o 'href="/articles/[^"]*"' | sed 's/href="\/articles\///; s/"//' | awk '!seen[$0]++ && n++ < 2')
ARTICLE=/articles/$(echo "$slugs" | sed -n 1p)
COMMENTED=/articles/$(echo "$slugs" | sed -n 2p) # comments go to another article, so (a) and (b) keep their bytes

# (d) A word of the generator's vocabulary: on the synthetic text it matches nearly every article, the costliest case.
SEARCH="/search?q=$(printf '%s' 'бюджет' | od -An -tx1 | tr ' ' '%' | tr -d '\n' | tr 'a-f' 'A-F')"
index_started=$(date +%s)
search_ready() {
    local page
    page=$(curl -fs "http://127.0.0.1:$SEARCH_PORT$SEARCH") || return 1
    [[ $page == *'class="search-result"'* && $page != *'class="search-notice"'* ]] || return 1
    search_count=$(grep -o '<p class="listing__count search-count">[^<]*' <<<"$page" | sed 's/.*>//')
}
until search_ready; do sleep 1; done
index_note="search index of the search instance ready after $(( $(date +%s) - index_started )) s (0 = built by an earlier run); the query finds: $search_count"
echo "$index_note"

# (e) A reader registers through the form (once per database), confirms the address, signs in, opens the form.
jar=$OUT/reader.cookies
rm -f "$jar"
# sed reads to the end (no head in these pipes: with pipefail a closed pipe would stop the script).
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed -n '1s/.*value="//; 1s/"$//p'; }
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" | sed -n '1s/.*value="//; 1s/"$//p'; }
READER=bench-reader@vestnik.test READER_PASSWORD=Bench-reader-password-1
CACHED=http://127.0.0.1:$CACHED_PORT
form=$(curl -fs -c "$jar" -b "$jar" "$CACHED/account/register")
curl -s -o /dev/null -c "$jar" -b "$jar" "$CACHED/account/register" --data-urlencode "Email=$READER" \
    --data-urlencode "DisplayName=Читатель нагрузки" --data-urlencode "Password=$READER_PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$(echo "$form" | token)"
sqlite3 "$DATA/vestnik.db" "UPDATE AspNetUsers SET EmailConfirmed = 1 WHERE NormalizedEmail = upper('$READER');"
form=$(curl -fs -c "$jar" -b "$jar" "$CACHED/account/login")
curl -s -o /dev/null -c "$jar" -b "$jar" "$CACHED/account/login" --data-urlencode "Email=$READER" \
    --data-urlencode "Password=$READER_PASSWORD" --data-urlencode "__RequestVerificationToken=$(echo "$form" | token)"
form=$(curl -fs -c "$jar" -b "$jar" "$CACHED$COMMENTED")
export BENCH_TOKEN BENCH_STAMP BENCH_ARTICLE_ID BENCH_COOKIE BENCH_RUN
BENCH_TOKEN=$(echo "$form" | token)
BENCH_STAMP=$(echo "$form" | field Stamp)
BENCH_ARTICLE_ID=$(echo "$form" | field ArticleId)
BENCH_COOKIE=$(awk -F'\t' 'NF == 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
BENCH_RUN=$(date -u +%Y%m%d%H%M%S)
[ -n "$BENCH_ARTICLE_ID" ] && [ -n "$BENCH_TOKEN" ] || { echo "the reader could not sign in or see the comment form" >&2; exit 1; }
# One comment by hand first: it proves the form is accepted (302 to the new comment) and warms the posting path.
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $BENCH_COOKIE" --data-urlencode "ArticleId=$BENCH_ARTICLE_ID" \
    --data-urlencode "Stamp=$BENCH_STAMP" --data-urlencode "__RequestVerificationToken=$BENCH_TOKEN" \
    --data-urlencode "Body=Нагрузочный прогон $BENCH_RUN: проверка формы перед нагрузкой" "$CACHED/comments/post")
[ "$status" = 302 ] || { echo "a comment POST by hand answered $status instead of 302" >&2; exit 1; }
comments_before=$(sqlite3 "$DATA/vestnik.db" "SELECT count(*) FROM Comment WHERE ArticleId = $BENCH_ARTICLE_ID;")
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

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks

run() { # name, url, [header], [wrk script]
    local header=${3:-"X-Bench: 1"} script=()
    if [ -n "${4:-}" ]; then
        script=(-s "$4")
    else
        curl -fs -o /dev/null -H "$header" "$2" # fill the output cache
        # The runtime recompiles hot code with full optimisation for the first tens of seconds under load; measuring
        # from a cold start would mostly measure that.
        wrk -t2 -c64 -d"${WARMUP}s" -H "$header" "$2" > /dev/null
    fi
    local port pid cpu_before cpu="—"
    port=$(sed -E 's|^http://127\.0\.0\.1:([0-9]+).*|\1|' <<<"$2")
    pid=$(cat "$OUT/pid-$port" 2>/dev/null || true)
    [ -n "$pid" ] && cpu_before=$(cpu_ticks "$pid")
    wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" --latency -H "$header" "${script[@]}" "$2" > "$OUT/wrk-$1.txt"
    if [ -n "$pid" ]; then
        # The app's own CPU (user + system) over the run, per answered request: unlike req/s it barely moves when
        # other work shares the cores.
        cpu=$(awk -v t="$(( $(cpu_ticks "$pid") - cpu_before ))" -v hz="$(getconf CLK_TCK)" \
            '/requests in/{printf "%.2f", t * 1000 / hz / $1}' "$OUT/wrk-$1.txt")
    fi
    local rps p50 p99 failed
    rps=$(awk '/Requests\/sec/{print $2}' "$OUT/wrk-$1.txt")
    p50=$(awk '$1=="50%"{print $2}' "$OUT/wrk-$1.txt")
    p99=$(awk '$1=="99%"{print $2}' "$OUT/wrk-$1.txt")
    # wrk counts answers of 400 and above, and connect/read/write errors and timeouts, apart from the rest.
    failed=$(awk '/Non-2xx or 3xx responses/{n += $NF} /Socket errors/{gsub(",", ""); n += $4 + $6 + $8 + $10} END{print n + 0}' "$OUT/wrk-$1.txt")
    printf "| %-34s | %10s | %8s | %8s | %6s | %8s |\n" "$1" "$rps" "$p50" "$p99" "$failed" "$cpu" | tee -a "$OUT/table.md"
    echo "$rps" > "$OUT/rps-$1"
}

load_before=$(cut -d' ' -f1 /proc/loadavg)
: > "$OUT/table.md"
echo "| target | req/s | p50 | p99 | failed | CPU ms/req |" | tee -a "$OUT/table.md"
echo "|---|---:|---:|---:|---:|---:|" | tee -a "$OUT/table.md"
run "nginx static, plain" "http://127.0.0.1:$NGINX_PORT/article.html"
run "nginx static, gzip_static" "http://127.0.0.1:$NGINX_PORT/article.html" "Accept-Encoding: gzip"
run "(a) article, cached, plain" "http://127.0.0.1:$CACHED_PORT$ARTICLE"
run "(a) article, cached, gzip" "http://127.0.0.1:$CACHED_PORT$ARTICLE" "Accept-Encoding: gzip"
if [ -n "$BASELINE" ]; then
    run "(b) article, uncached, $baseline_commit" "http://127.0.0.1:$BASELINE_PORT$ARTICLE"
fi
run "(b) article, uncached" "http://127.0.0.1:$UNCACHED_PORT$ARTICLE"
if [ -n "$BASELINE" ]; then
    run "(c) home, uncached, $baseline_commit" "http://127.0.0.1:$BASELINE_PORT/"
fi
run "(c) home, uncached" "http://127.0.0.1:$UNCACHED_PORT/"
run "(c) home, cached" "http://127.0.0.1:$CACHED_PORT/"
run "(d) search, one common word" "http://127.0.0.1:$SEARCH_PORT$SEARCH"
run "(e) comment POST, cache on" "$CACHED/comments/post" "X-Bench: 1" bench/load/comment.lua
comment_failures=$(grep 'comment posts answered' "$OUT/wrk-(e) comment POST, cache on.txt")
stored=$(( $(sqlite3 "$DATA/vestnik.db" "SELECT count(*) FROM Comment WHERE ArticleId = $BENCH_ARTICLE_ID;") - comments_before ))
posts_note="comment POSTs: $stored comments stored, $(awk '/requests in/{print $1}' "$OUT/wrk-(e) comment POST, cache on.txt") answered within the run (the requests in flight when wrk stops are stored too); $comment_failures"
rss_peak=$(awk '/VmHWM/{print $2}' /proc/$cached_pid/status)

ratio() { awk -v a="$(cat "$OUT/rps-$1")" -v b="$(cat "$OUT/rps-$2")" 'BEGIN{printf "%.2f", a/b}'; }
summary="cached article / nginx: plain $(ratio "(a) article, cached, plain" "nginx static, plain"), gzip $(ratio "(a) article, cached, gzip" "nginx static, gzip_static")"
echo
echo "$summary"
echo "$posts_note"
echo "start to first 200 on $ARTICLES articles: ${startup_ms} ms; RSS idle $((rss_idle / 1024)) MB, peak $((rss_peak / 1024)) MB"

{
    echo
    echo "### Load run $(date -u +%Y-%m-%dT%H:%MZ), $ARTICLES articles, wrk -t2 -c64 -d${SECONDS_PER_RUN}s after ${WARMUP} s of unmeasured load per target"
    echo
    echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'), $(free -g | awk '/Mem:/{print $2}') GiB; wrk, nginx and the app share the machine (1-minute load average before the load: $load_before)."
    echo "Build: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes')."
    echo "Article page: $(wc -c < "$STATIC/article.html") bytes ($(wc -c < "$STATIC/article.html.gz") gzipped)."
    echo
    cat "$OUT/table.md"
    echo
    echo "$summary. Start to first 200: ${startup_ms} ms. RSS (cached instance): idle $((rss_idle / 1024)) MB, peak $((rss_peak / 1024)) MB."
    if [ -n "$BASELINE" ]; then
        echo "Rows marked $baseline_commit ran the build of $BASELINE ($(git log -1 --format=%s "$BASELINE")) on the same database, just before the current build."
    fi
    echo "(d) searches \`бюджет\` on an instance of its own (output cache off, indexer on); $index_note."
    echo "(e) $posts_note. Posted by one signed-in reader with Comments:PostsPerMinutePerAccount/PerIp raised and Comments:MinSecondsToSubmit=0; antiforgery, duplicate, banned-word and classifier checks on."
} >> docs/benchmarks.md
