#!/bin/sh
# differential.sh OLD NEW [N]: compare the decisions of two icpcheck
# binaries (say, built before and after a change to the engine or the
# policies) on generated documents: N snapshots, the N plans that act on
# them (the generator's fault scenarios included), the N snapshots as one
# NDJSON file, and Terraform plans of several sizes and seeds. Each is
# compared in JSON, and the snapshots and plans in text too (the format
# that prints lines). Prints the first differences of each run whose
# output differs; exits 1 if any does.
set -eu
old=$1 new=$2 n=${3:-300}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go run ./fixtures/gen -n "$n" -o "$dir/gen"
go run ./fixtures/gen -n "$n" --ndjson -o "$dir/fleet.ndjson"
for seed in 1 2 3 4 5 6 7 8; do
	go run ./fixtures/gen -n $((seed * 40)) --seed "$seed" --terraform -o "$dir/tf$seed"
done
status=0
compare() { # compare NAME ARGS...: run both binaries on ARGS
	name=$1
	shift
	"$old" "$@" >"$dir/old.out" 2>&1 || true
	"$new" "$@" >"$dir/new.out" 2>&1 || true
	if ! cmp -s "$dir/old.out" "$dir/new.out"; then
		echo "differs: $name"
		diff "$dir/old.out" "$dir/new.out" | head -20
		status=1
	fi
}
# The plans name their snapshots as ../filings/N.json: the generated folder
# is the root they stay in (it is in no git work tree).
for format in json text; do
	compare "the generated snapshots ($format)" validate -o $format --timeout 120s "$dir/gen/filings"
	compare "the generated plans ($format)" check -o $format --timeout 120s --filing-root "$dir/gen" "$dir/gen/plans"
done
compare "the snapshots as NDJSON" validate -o json --timeout 120s "$dir/fleet.ndjson"
for seed in 1 2 3 4 5 6 7 8; do
	compare "terraform seed $seed" check -o json --timeout 120s --filing "$dir/tf$seed/filing.json" "$dir/tf$seed/tf.json"
done
echo "compared $(ls "$dir"/gen/filings | wc -l) snapshots, $(ls "$dir"/gen/plans | wc -l) plans and 8 Terraform plans"
exit $status
