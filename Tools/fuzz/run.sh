#!/bin/sh
# Fuzzes the JSON parser and the data-set loader with libFuzzer for MINUTES minutes
# (default 10). Builds outside SwiftPM, so the fuzz target is never part of `swift build`
# or `swift test`. Findings (crashing inputs) land in .build-fuzz/findings/.
#
#   Tools/fuzz/run.sh 30            # run for 30 minutes
#   Tools/fuzz/run.sh 1 -jobs=2     # further arguments go to libFuzzer
set -eu
minutes=${1:-10}
[ $# -gt 0 ] && shift
case $minutes in ''|*[!0-9]*) echo "usage: Tools/fuzz/run.sh MINUTES [libFuzzer options]" >&2; exit 64 ;; esac

root=$(cd "$(dirname "$0")/../.." && pwd)
work=$root/.build-fuzz
mkdir -p "$work/src" "$work/corpus" "$work/findings"

# One module from NatoText + NatoModel + the entry point: the `import NatoText` lines go.
rm -f "$work/src"/*.swift
for f in "$root"/Sources/NatoText/*.swift "$root"/Sources/NatoModel/*.swift "$root"/Sources/NatoModel/*/*.swift; do
    [ -f "$f" ] || continue
    name=$(basename "$(dirname "$f")")_$(basename "$f")
    sed '/^import NatoText$/d' "$f" > "$work/src/$name"
done
cp "$root/Tools/fuzz/FuzzDataLoader.swift" "$work/src/"

echo "building $work/fuzz-data-loader ..." >&2
swiftc -parse-as-library -sanitize=fuzzer,address -O -g -module-name NatoFuzz \
    "$work/src"/*.swift -o "$work/fuzz-data-loader"

# Seed corpus: every JSON fixture of the tests and the built-in data set.
seeds=$work/seeds
rm -rf "$seeds"; mkdir -p "$seeds"
for f in $(find "$root/Tests" "$root/Resources/data" -name '*.json'); do
    cp "$f" "$seeds/$(echo "$f" | sed "s|^$root/||; s|/|_|g")"
done

echo "fuzzing for $minutes minute(s); corpus in $work/corpus, findings in $work/findings" >&2
exec "$work/fuzz-data-loader" "$work/corpus" "$seeds" \
    -max_total_time=$((minutes * 60)) -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/findings/" -print_final_stats=1 "$@"
