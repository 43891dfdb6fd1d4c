#!/bin/sh
# Benchmarks zhfacts end to end on the shared corpus beside its floor, gse
# part-of-speech segmentation alone, measured in the same session so the
# ratios hold on a noisy machine. Run from the repository root:
#
#	scripts/bench.sh [-r ROUNDS] [CORPUS]
#
# Each round runs the floor (gse Pos over the corpus texts, one core), then
# `zhfacts run` at 1 and 2 workers, and prints MB/s, documents/s, peak RSS and
# the round's two ratios: one worker against the floor, two workers against
# one. The floor drifts by a third between sessions on a shared host, so
# several rounds (default 3) are run alternately and the medians of the
# per-round ratios are printed last.
set -eu
rounds=3
if [ "${1:-}" = "-r" ]; then
	rounds=$2
	shift 2
fi
corpus=${1:-../shared/corpus/news.jsonl.gz}
[ -f "$corpus" ] || { echo "bench: $corpus not found" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/zhfacts" ./cmd/zhfacts
go test -c -o "$tmp/floor.test" ./cmd/zhfacts

# mbs prints the number before "MB/s" on the lines of file $1.
mbs() { awk '{for (i = 1; i < NF; i++) if ($(i+1) == "MB/s") print $i}' "$1"; }

r=1
while [ "$r" -le "$rounds" ]; do
	echo "== round $r of $rounds"
	echo "-- floor: gse Pos alone, 1 core"
	(cd cmd/zhfacts && ZHFACTS_CORPUS="$(cd "$OLDPWD" && realpath "$corpus")" \
		"$tmp/floor.test" -test.run '^$' -test.bench 'BenchmarkGsePosCorpus' -test.benchtime 1x) |
		grep -E '^Benchmark' | tee "$tmp/floor"
	for w in 1 2; do
		echo "-- zhfacts run --workers $w"
		/usr/bin/time -f "peak RSS %M KB, wall %e s" "$tmp/zhfacts" run --quiet=false --overwrite \
			--workers "$w" --out "$tmp/out" "$corpus" 2>&1 |
			grep -E '^(documents|time |peak)' | tee "$tmp/run$w"
	done
	awk -v f="$(mbs "$tmp/floor")" -v a="$(mbs "$tmp/run1")" -v b="$(mbs "$tmp/run2")" \
		'BEGIN {printf "ratios: one worker %.2fx the floor; two workers %.2fx one worker\n", a / f, b / a}' |
		tee -a "$tmp/ratios"
	r=$((r + 1))
done

echo "== medians of $rounds rounds"
awk '{one[NR] = $4 + 0; two[NR] = $9 + 0}
	function median(a, n,   i, j, t) {
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	END {printf "one worker %.2fx the floor; two workers %.2fx one worker\n", median(one, NR), median(two, NR)}' "$tmp/ratios"
