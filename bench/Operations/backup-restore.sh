#!/usr/bin/env bash
# Times `backup` and `restore` on a data folder with the demo database and N MB of media (default 200 MB in 500 files).
# Usage: bench/Operations/backup-restore.sh [megabytes] [runs]   (after `dotnet build`)
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-200}; runs=${2:-3}
dll=src/Vestnik/bin/Debug/net10.0/Vestnik.dll
work=$(mktemp -d /tmp/vestnik-bench.XXXXXX); trap 'rm -rf "$work"' EXIT
data=$work/data

# A real database: let the app create and seed it, then stop it.
dotnet "$dll" --urls http://127.0.0.1:0 --Vestnik:DataPath="$data" --Vestnik:PublicBaseUrl=http://127.0.0.1 >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 120); do grep -q "Now listening" "$work/app.log" && break; sleep 0.5; done
kill -TERM $pid; wait $pid || true

mkdir -p "$data/media/bench"
files=500
for i in $(seq $files); do head -c $((mb * 1024 * 1024 / files)) /dev/urandom >"$data/media/bench/$i.jpg"; done
echo "data folder: $(du -sh "$data" | cut -f1), $(find "$data" -type f | wc -l) files"

for run in $(seq "$runs"); do
    rm -rf "$work/backup" "$work/restored"
    b=$( { /usr/bin/time -f %e dotnet "$dll" backup "$work/backup" --Vestnik:DataPath="$data" >/dev/null; } 2>&1 )
    r=$( { /usr/bin/time -f %e dotnet "$dll" restore "$work/backup" --Vestnik:DataPath="$work/restored" >/dev/null; } 2>&1 )
    echo "run $run: backup ${b} s, restore ${r} s"
done
