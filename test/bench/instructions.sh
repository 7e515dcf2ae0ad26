#!/usr/bin/env bash
# npm run bench:instructions — the CPU instructions `corroborate check` executes over the first 150
# documents of the bench corpus, counted by valgrind's callgrind with V8 on one thread. On a shared host
# wall time varies by 10-20% from run to run; this count varies by well under 1%, so it tells whether a
# change made the analysis cheaper. Needs valgrind (Debian: apt-get install valgrind) and the bench corpus
# (npm run bench generates it). Prints numbers only.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus="$root/.bench/corpus/batch-00"
if ! command -v valgrind >/dev/null; then
  echo "bench:instructions needs valgrind (apt-get install valgrind)" >&2
  exit 2
fi
if [ ! -d "$corpus" ]; then
  echo "bench:instructions needs the bench corpus: run npm run bench first" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/sub" "$work/empty"
files=("$corpus"/*)
cp "${files[@]:0:150}" "$work/sub/"
echo "Nothing here." > "$work/empty/a.txt"
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" node --single-threaded "$root/dist/cli.js" check --format json "$1" \
    >/dev/null 2>"$work/vg.err" || true
  grep -E 'refs:' "$work/vg.err" | awk '{gsub(",", "", $NF); print $NF}'
}
startup=$(count "$work/empty")
total=$(count "$work/sub")
bytes=$(cat "$work"/sub/* | wc -c)
echo "instructions: start-up $(awk -v n="$startup" 'BEGIN { printf "%.2f G", n / 1e9 }'), 150 documents ($(awk -v b="$bytes" 'BEGIN { printf "%.2f MB", b / 1e6 }')) $(awk -v n="$total" 'BEGIN { printf "%.2f G", n / 1e9 }'), analysis $(awk -v t="$total" -v s="$startup" -v b="$bytes" 'BEGIN { printf "%.0f instructions per byte", (t - s) / b }')"
