#!/usr/bin/env bash
# Scale check: uncached reader pages on a database of 100,000 articles against one of 1,000,000, side by side.
#   bench/load/scale.sh [seconds=10] [rounds=3]
# Builds Release (ReadyToRun, as run.sh and docs/operations.md do), generates bench/results/data-100000 and
# data-1000000 once (10 comments per article, the generator's default), starts one instance on each with the output
# cache off and only the web role, and measures with wrk at a modest fixed concurrency (-t2 -c8), alternating the two
# sizes target by target for several rounds so both see the same load from whatever else runs on the machine:
#   - one article with about 100 comments (the same page weight at both sizes);
#   - the most commented article (thousands of comments; 20 threads shown);
#   - 2,000 articles picked at random over the whole id range (a wrk Lua script; one hot article would be served from
#     the page cache, a spread of them reads the database the way a crawler or a long tail of readers does);
#   - the home page, a section page, a tag page and an author page (first pages; the section's pager counts its
#     articles, the tag's and author's read the counts stored on them).
# Prints req/s, p50 and p99 per size (medians of the rounds), the ratios 1M/100k, start to first 200 and RSS of each
# instance, and appends the table with the machine description to docs/benchmarks.md.
# Needs wrk and sqlite3 (apt-get install wrk sqlite3). Everything listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
ROUNDS=${2:-3}
OUT=bench/results
APP=$OUT/app
RUN=$OUT/scale-run
SIZES=(100000 1000000)
declare -A PORT=([100000]=5091 [1000000]=5092)
mkdir -p "$OUT" "$RUN"

command -v wrk >/dev/null && command -v sqlite3 >/dev/null \
    || { echo "needs wrk and sqlite3: apt-get install -y wrk sqlite3" >&2; exit 2; }

echo "== build (Release, ReadyToRun)"
dotnet publish src/Vestnik -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$APP" -nologo -v quiet >/dev/null
for size in "${SIZES[@]}"; do
    if [ ! -f "$OUT/data-$size/vestnik.db" ]; then
        echo "== generate $size articles"
        # sed, not tail: with pipefail a pipe closed early would stop the script.
        dotnet run -c Release --project bench/Vestnik.Bench -- generate --data "$OUT/data-$size" --articles "$size" \
            | tee "$OUT/generate-$size.log" | sed -n '/^generated/p'
    fi
done

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

declare -A STARTUP APP_PID
start_app() { # size
    local size=$1 started
    started=$(date +%s%N)
    env ASPNETCORE_ENVIRONMENT=Production Vestnik__DataPath="$OUT/data-$size" Vestnik__DemoContent=false Vestnik__PublicBaseUrl="http://127.0.0.1:${PORT[$size]}" \
    Vestnik__Admin__Password="Bench-admin-password-1" OutputCache__Enabled=false Logging__LogLevel__Default=Warning \
    RateLimiting__Enabled=false Vestnik__Roles=web \
        dotnet "$APP/Vestnik.dll" --urls "http://127.0.0.1:${PORT[$size]}" >"$RUN/app-$size.log" 2>&1 &
    pids+=($!)
    APP_PID[$size]=$!
    until curl -fs -o /dev/null "http://127.0.0.1:${PORT[$size]}/"; do sleep 0.05; done
    STARTUP[$size]=$(( ($(date +%s%N) - started) / 1000000 ))
}

# One at a time, so each start has the machine to itself.
echo "== start"
for size in "${SIZES[@]}"; do
    start_app "$size"
    echo "$size articles: first 200 after ${STARTUP[$size]} ms"
done

declare -A TARGET
for size in "${SIZES[@]}"; do
    db=$OUT/data-$size/vestnik.db
    # Russian-language published articles only: English ones live under /en.
    TARGET["article, ~100 comments|$size"]=/articles/$(sqlite3 "$db" "SELECT Slug FROM Articles WHERE Status = 3 AND Language = 0 ORDER BY abs(CommentCount - 100), Id LIMIT 1;")
    TARGET["article, most comments|$size"]=/articles/$(sqlite3 "$db" "SELECT Slug FROM Articles WHERE Status = 3 AND Language = 0 ORDER BY CommentCount DESC, Id LIMIT 1;")
    sqlite3 "$db" "SELECT Slug FROM Articles WHERE Status = 3 AND Language = 0 ORDER BY random() LIMIT 2000;" > "$RUN/slugs-$size"
    TARGET["article, 2000 across the range|$size"]=/
    TARGET["home|$size"]=/
    TARGET["section|$size"]=/sections/economy
    TARGET["tag|$size"]=/tags/$(sqlite3 "$db" "SELECT Slug FROM Tags ORDER BY Id LIMIT 1;")
    TARGET["author|$size"]=/authors/$(sqlite3 "$db" "SELECT Slug FROM Authors ORDER BY Id LIMIT 1;")
    echo "$size articles: $(sqlite3 "$db" "SELECT count(*) FROM Comment;") comments; most commented article has $(sqlite3 "$db" "SELECT max(CommentCount) FROM Articles;")"
done
NAMES=("article, ~100 comments" "article, most comments" "article, 2000 across the range" "home" "section" "tag" "author")
cat > "$RUN/spread.lua" <<'LUA'
-- Each wrk thread reads the slug list and asks for a random one of them on every request.
local paths = {}
function init(args)
    for line in io.lines(os.getenv("SLUGS")) do paths[#paths + 1] = "/articles/" .. line end
    math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)") or "0", 16))
end
function request()
    return wrk.format("GET", paths[math.random(#paths)])
end
LUA

to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.3f\n", v }'; }
median() { sort -g | awk '{ a[NR] = $1 } END { printf "%s", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

measure() { # name, size, round
    local name=$1 size=$2 round=$3 url script=() file
    url="http://127.0.0.1:${PORT[$size]}${TARGET["$name|$size"]}"
    [[ $name == *across* ]] && script=(-s "$RUN/spread.lua")
    file="$RUN/wrk-${name//[^a-z0-9]/_}-$size-$round.txt"
    [ ${#script[@]} -gt 0 ] || curl -fs -o /dev/null "$url" # warm the page's code path
    SLUGS="$RUN/slugs-$size" wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" --latency "${script[@]}" "$url" > "$file"
    awk '/Requests\/sec/{print $2}' "$file" >> "$RUN/rps-${name//[^a-z0-9]/_}-$size"
    awk '$1=="50%"{print $2}' "$file" | to_ms >> "$RUN/p50-${name//[^a-z0-9]/_}-$size"
    awk '$1=="99%"{print $2}' "$file" | to_ms >> "$RUN/p99-${name//[^a-z0-9]/_}-$size"
    awk '/Non-2xx or 3xx responses/{n += $NF} /Socket errors/{gsub(",", ""); n += $4 + $6 + $8 + $10} END{print n + 0}' "$file" \
        >> "$RUN/failed-${name//[^a-z0-9]/_}-$size"
}

rm -f "$RUN"/rps-* "$RUN"/p50-* "$RUN"/p99-* "$RUN"/failed-*
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== load: ${ROUNDS} rounds of ${SECONDS_PER_RUN} s per target and size, sizes alternating (load average $load_before)"
for round in $(seq 1 "$ROUNDS"); do
    for name in "${NAMES[@]}"; do
        for size in "${SIZES[@]}"; do
            measure "$name" "$size" "$round"
        done
    done
    echo "round $round done (load average $(cut -d' ' -f1 /proc/loadavg))"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

table=$RUN/table.md
{
    echo "| target | 100k req/s | 100k p50 ms | 100k p99 ms | 1M req/s | 1M p50 ms | 1M p99 ms | p50 1M/100k | p99 1M/100k | failed |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for name in "${NAMES[@]}"; do
        key=${name//[^a-z0-9]/_}
        declare -A m=()
        for size in "${SIZES[@]}"; do
            for metric in rps p50 p99; do
                m[$metric-$size]=$(median < "$RUN/$metric-$key-$size")
            done
        done
        failed=$(cat "$RUN"/failed-"$key"-* | awk '{n += $1} END{print n + 0}')
        awk -v n="$name" -v a="${m[rps-100000]}" -v b="${m[p50-100000]}" -v c="${m[p99-100000]}" \
            -v d="${m[rps-1000000]}" -v e="${m[p50-1000000]}" -v f="${m[p99-1000000]}" -v x="$failed" \
            'BEGIN { printf "| %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f | %d |\n", n, a, b, c, d, e, f, e / b, f / c, x }'
    done
} > "$table"
rss() { awk -v k="$2" '$1 == k":" {printf "%d", $2 / 1024}' "/proc/${APP_PID[$1]}/status"; }
instances="100k: start to first 200 ${STARTUP[100000]} ms, RSS $(rss 100000 VmRSS) MB (peak $(rss 100000 VmHWM) MB); 1M: start to first 200 ${STARTUP[1000000]} ms, RSS $(rss 1000000 VmRSS) MB (peak $(rss 1000000 VmHWM) MB)"
sizes_note=""
for size in "${SIZES[@]}"; do
    db=$OUT/data-$size/vestnik.db
    sizes_note+="$size articles: $(sqlite3 "$db" "SELECT count(*) FROM Comment;") comments, file $(( $(stat -c %s "$db") / 1024 / 1024 / 1024 )) GiB"
    [ -f "$OUT/generate-$size.log" ] && sizes_note+=" ($(sed -n 's/^generated .* in \([0-9.]* s\) .*/generated in \1/p' "$OUT/generate-$size.log"))"
    sizes_note+="; "
done
echo
cat "$table"
echo
echo "$instances"
echo "load average before $load_before, after $load_after"

{
    echo
    echo "### Scale check $(date -u +%Y-%m-%dT%H:%MZ): 100,000 vs 1,000,000 articles, output cache off, wrk -t2 -c8 -d${SECONDS_PER_RUN}s, median of $ROUNDS rounds"
    echo
    echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name:[[:space:]]*//p'), $(free -g | awk '/Mem:/{print $2}') GiB; wrk and both instances share the machine. Load average (1, 5, 15 min) before the load: $load_before; after: $load_after."
    echo "Build: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes'). Data: ${sizes_note%; }."
    echo
    cat "$table"
    echo
    echo "$instances."
} >> docs/benchmarks.md
