#!/bin/sh
# Benchmarks zhfacts end to end on the shared corpus beside its floor, gse
# part-of-speech segmentation alone, measured in the same session so the
# ratios hold on a noisy machine. Run from the repository root:
#
#	scripts/bench.sh [CORPUS]
#
# It prints MB/s and documents/s of gse Pos (one core), then for `zhfacts run`
# at 1 and 2 workers the CLI summary and peak RSS, then the two ratios.
set -eu
corpus=${1:-../shared/corpus/news.jsonl.gz}
[ -f "$corpus" ] || { echo "bench: $corpus not found" >&2; exit 1; }
bin=$(mktemp -d)/zhfacts
out=$(mktemp -d)
trap 'rm -rf "$(dirname "$bin")" "$out"' EXIT
go build -o "$bin" ./cmd/zhfacts

echo "== floor: gse Pos alone, 1 core"
go test -run '^$' -bench 'BenchmarkGsePosCorpus' -benchtime 1x ./cmd/zhfacts | grep -E '^Benchmark' | tee "$out/floor"

for w in 1 2; do
	echo "== zhfacts run --workers $w"
	/usr/bin/time -f "peak RSS %M KB, wall %e s" "$bin" run --quiet=false --overwrite --workers "$w" --out "$out/w$w" "$corpus" 2>&1 |
		grep -E '^(documents|time |peak)' | tee "$out/run$w"
done

# The ratios the targets are stated in: one worker against the floor, two
# workers against one (MB/s of input, from the lines above).
floor=$(awk '{for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") print $i}' "$out/floor")
one=$(awk '$1 == "time" {print $3}' "$out/run1")
two=$(awk '$1 == "time" {print $3}' "$out/run2")
echo "== ratios"
awk -v f="$floor" -v a="$one" -v b="$two" 'BEGIN {printf "one worker %.2fx the floor; two workers %.2fx one worker\n", a / f, b / a}'
