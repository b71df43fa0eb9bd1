#!/bin/sh
# differential.sh OLD NEW [N]: compare the decisions of two icpcheck
# binaries (say, built before and after a change to the plan policies) on
# generated documents: N snapshots with their plans (the generator's fault
# scenarios included) and Terraform plans of several sizes and seeds.
# Prints the first differences of each run whose JSON output differs; exits 1 if any does.
set -eu
old=$1 new=$2 n=${3:-300}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go run ./fixtures/gen -n "$n" -o "$dir/gen"
for seed in 1 2 3 4 5 6 7 8; do
	go run ./fixtures/gen -n $((seed * 40)) --seed "$seed" --terraform -o "$dir/tf$seed"
done
status=0
compare() { # compare NAME ARGS...: run both binaries on ARGS
	name=$1
	shift
	"$old" check -o json --timeout 120s "$@" >"$dir/old.json" 2>&1 || true
	"$new" check -o json --timeout 120s "$@" >"$dir/new.json" 2>&1 || true
	if ! cmp -s "$dir/old.json" "$dir/new.json"; then
		echo "differs: $name"
		diff "$dir/old.json" "$dir/new.json" | head -20
		status=1
	fi
}
compare "the generated plans" "$dir/gen/plans"
for seed in 1 2 3 4 5 6 7 8; do
	compare "terraform seed $seed" --filing "$dir/tf$seed/filing.json" "$dir/tf$seed/tf.json"
done
echo "compared $(ls "$dir"/gen/plans | wc -l) plans and 8 Terraform plans"
exit $status
