#!/usr/bin/env bash
# Admin API benchmark: articles written the way a tool writes them, each one created (POST /api/v1/admin/articles)
# and then published (POST …/{id}/publish), through the workflow with its revision, audit entry and change-log row.
#   bench/load/admin-api.sh [articles=300] [parallel=4]
# Builds Release, starts the app on a fresh data folder (the demo newsroom gives it sections and articles), adds one
# key acting as the admin account, writes N articles with P requests in flight (curl), checks they are all published,
# and prints articles per second. Prints the table and appends it to docs/benchmarks.md. Needs sqlite3.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${1:-300}
PARALLEL=${2:-4}
OUT=bench/results
APP=$OUT/app
DATA=$OUT/data-admin-api-$(date +%s)
PORT=5093
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"

command -v sqlite3 >/dev/null || { echo "needs sqlite3: apt-get install -y sqlite3" >&2; exit 2; }

echo "== build (Release)"
dotnet publish src/Vestnik -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$APP" -nologo -v quiet >/dev/null

pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT

echo "== start"
env ASPNETCORE_ENVIRONMENT=Production Vestnik__DataPath="$DATA" Vestnik__PublicBaseUrl="$BASE" \
    Vestnik__Admin__Email=bench@vestnik.invalid Vestnik__Admin__Password="Bench-admin-password-1" \
    Logging__LogLevel__Default=Warning RateLimiting__Enabled=false \
    dotnet "$APP/Vestnik.dll" --urls "$BASE" >"$OUT/app-$PORT.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "$BASE/healthz"; do sleep 0.2; done

# The key's SHA-256 is what the table keeps, as the newsroom page stores it; its limit is above any run's rate.
KEY="vk_bench-$(date +%s%N)"
hash=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
admin=$(sqlite3 "$DATA/vestnik.db" "SELECT Id FROM AspNetUsers WHERE NormalizedEmail = 'BENCH@VESTNIK.INVALID';")
SECTION=$(sqlite3 "$DATA/vestnik.db" "SELECT Slug FROM Sections ORDER BY Id LIMIT 1;")
sqlite3 "$DATA/vestnik.db" "INSERT INTO ApiKeys (Name, SecretHash, Scopes, AllowedOrigins, RequestsPerMinute, CreatedAt, ActsAsUserId)
    VALUES ('bench', '$hash', 'articles:write', '', 2000000000, 0, '$admin');"
RUN="bench-$(date +%s)"

write_one() { # n: create, then publish what was created
    local id
    id=$(curl -fs -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
        -d "{\"title\": \"Материал $RUN $1\", \"dek\": \"Подзаголовок\", \"bodyMarkdown\": \"Текст материала номер $1: два абзаца.\\n\\nВторой абзац.\", \"section\": \"$SECTION\", \"tags\": [\"нагрузка\"]}" \
        "$BASE/api/v1/admin/articles" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
    curl -fs -o /dev/null -X POST -H "Authorization: Bearer $KEY" "$BASE/api/v1/admin/articles/$id/publish"
}
export -f write_one
export KEY BASE SECTION RUN

echo "== write $ARTICLES articles, $PARALLEL at a time"
write_one 0 # warm-up: the first request compiles what the rest reuse
start=$(date +%s.%N)
seq 1 "$ARTICLES" | xargs -P "$PARALLEL" -I{} bash -c 'write_one {}'
end=$(date +%s.%N)
published=$(sqlite3 "$DATA/vestnik.db" "SELECT COUNT(*) FROM Articles WHERE Status = 3 AND Title LIKE 'Материал $RUN %';")
[ "$published" -eq $((ARTICLES + 1)) ] || { echo "only $published of $((ARTICLES + 1)) articles were published" >&2; exit 1; }
rate=$(awk -v n="$ARTICLES" -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", n / (e - s) }')
seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')

load=$(cut -d' ' -f1-3 /proc/loadavg)
table=$(cat <<TABLE
### Admin API create + publish, $(date -u +%Y-%m-%dT%H:%MZ), SQLite, $PARALLEL in flight, load average $load

| articles | seconds | articles/s (create + publish each) |
|---|---|---|
| $ARTICLES | $seconds | $rate |

Commit $(git rev-parse --short HEAD); curl on the same two cores; every article checked published afterwards.
TABLE
)
echo "$table"
printf '\n%s\n' "$table" >> docs/benchmarks.md
