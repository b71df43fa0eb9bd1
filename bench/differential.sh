#!/bin/sh
# differential.sh OLD NEW [N [T]]: compare the decisions of two icpcheck
# binaries (say, built before and after a change to the engine or the
# policies) on generated documents: N snapshots (300 unless given), the N
# plans that act on them (the generator's fault scenarios included), the N
# snapshots as one NDJSON file, and T Terraform plans (8 unless given) of
# 40 to 320 resources, each of its own seed. Each is compared in JSON, and
# the snapshots and plans in text too (the format that prints lines).
# Prints the first differences of each run whose output differs; exits 1 if
# any does.
set -eu
old=$1 new=$2 n=${3:-300} t=${4:-8}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/gen" ./fixtures/gen
"$dir/gen" -n "$n" -o "$dir/gen-out"
"$dir/gen" -n "$n" --ndjson -o "$dir/fleet.ndjson"
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
	compare "the generated snapshots ($format)" validate -o $format --timeout 120s "$dir/gen-out/filings"
	compare "the generated plans ($format)" check -o $format --timeout 120s --filing-root "$dir/gen-out" "$dir/gen-out/plans"
done
compare "the snapshots as NDJSON" validate -o json --timeout 120s "$dir/fleet.ndjson"
seed=1
while [ "$seed" -le "$t" ]; do
	rm -rf "$dir/tf"
	"$dir/gen" -n $(((seed - 1) % 8 * 40 + 40)) --seed "$seed" --terraform -o "$dir/tf"
	compare "terraform seed $seed" check -o json --timeout 120s --filing "$dir/tf/filing.json" "$dir/tf/tf.json"
	seed=$((seed + 1))
done
echo "compared $n snapshots, $n plans and $t Terraform plans"
exit $status
