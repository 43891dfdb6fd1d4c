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
# one. It also prints each one's rate per CPU second (user and system time:
# a single worker's run has its writer, reader and garbage collector on a
# second core, and the floor its collector) and how those compare with the
# floor's: what a run costs per core, whatever the number of cores. The
# floor drifts by a third between sessions on a shared host, so several
# rounds (default 3) are run alternately and the medians of the per-round
# ratios are printed last.
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

# num prints the number before the word $2 on the lines of file $1.
num() { awk -v w="$2" '{for (i = 1; i < NF; i++) if ($(i+1) == w) print $i}' "$1"; }

# percore prints MB ($2) over the user and system seconds of the run whose
# output is file $1.
percore() { awk -v mb="$2" '$1 == "cpu" {printf "%.2f\n", mb / ($2 + $5)}' "$1"; }

r=1
while [ "$r" -le "$rounds" ]; do
	echo "== round $r of $rounds"
	echo "-- floor: gse Pos alone, 1 core"
	(cd cmd/zhfacts && ZHFACTS_CORPUS="$(cd "$OLDPWD" && realpath "$corpus")" \
		"$tmp/floor.test" -test.run '^$' -test.bench 'BenchmarkGsePosCorpus' -test.benchtime 1x) |
		grep -E '^Benchmark' | tee "$tmp/floor"
	# The input MB: the floor's MB/s times its seconds for one iteration.
	mb=$(awk -v r="$(num "$tmp/floor" MB/s)" -v n="$(num "$tmp/floor" ns/op)" 'BEGIN {print r * n / 1e9}')
	for w in 1 2; do
		echo "-- zhfacts run --workers $w"
		/usr/bin/time -f "peak RSS %M KB, wall %e s
cpu %U s user + %S s system" "$tmp/zhfacts" run --quiet=false --overwrite \
			--workers "$w" --out "$tmp/out" "$corpus" 2>&1 |
			grep -E '^(documents|time |peak|cpu )' | tee "$tmp/run$w"
		percore "$tmp/run$w" "$mb" >"$tmp/core$w"
		echo "per core   $(cat "$tmp/core$w") MB per CPU second"
	done
	awk -v f="$(num "$tmp/floor" MB/s)" -v a="$(num "$tmp/run1" MB/s)" -v b="$(num "$tmp/run2" MB/s)" \
		-v fc="$(num "$tmp/floor" cpu-MB/s)" -v ac="$(cat "$tmp/core1")" -v bc="$(cat "$tmp/core2")" \
		'BEGIN {printf "%.2f %.2f %.2f %.2f\n", a / f, b / a, ac / fc, bc / fc}' >>"$tmp/ratios"
	tail -1 "$tmp/ratios" | awk '{printf "ratios: one worker %.2fx the floor; two workers %.2fx one worker\n" \
		"per CPU second: one worker %.2fx the floor, two workers %.2fx\n", $1, $2, $3, $4}'
	r=$((r + 1))
done

echo "== medians of $rounds rounds"
awk '{for (i = 1; i <= 4; i++) v[i, NR] = $i + 0}
	function median(k, n,   a, i, j, t) {
		for (i = 1; i <= n; i++) a[i] = v[k, i]
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	END {
		printf "one worker %.2fx the floor; two workers %.2fx one worker\n", median(1, NR), median(2, NR)
		printf "per CPU second: one worker %.2fx the floor, two workers %.2fx\n", median(3, NR), median(4, NR)
	}' "$tmp/ratios"
