#!/bin/sh
# Writes cmd/icpcheck/default.pgo, the CPU profile that `go build` uses for
# profile-guided optimisation of icpcheck (about 4-5% less CPU on snapshots,
# 3% on plans; README, "Performance"). Run it from the module root after a
# change that moves the hot paths (the engine, OPA, the pack):
#
#	sh bench/pgo.sh [OUT]
#
# OUT writes the profile elsewhere (.ci/run does, to check that the script
# still runs). It profiles the usual work (ICPCHECK_CPUPROFILE) on inputs
# from fixtures/gen: snapshot files (validate -q and -o json), plans with
# their timeline (check -o json and -q), an NDJSON fleet and a Terraform
# plan, and merges the profiles. The profiled build is made without PGO, so
# that one run does not feed on the last.
set -eu
out=${1:-cmd/icpcheck/default.pgo}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -pgo=off -o "$tmp/icpcheck" ./cmd/icpcheck
go run ./fixtures/gen -n 2000 -o "$tmp/gen"
go run ./fixtures/gen -n 20000 --ndjson -o "$tmp/fleet.ndjson"
go run ./fixtures/gen -n 500 --terraform -o "$tmp/tf"
n=0
profile() {
	n=$((n + 1))
	ICPCHECK_CPUPROFILE="$tmp/$n.prof" "$tmp/icpcheck" "$@" >/dev/null || [ $? -eq 1 ]
}
profile validate -q "$tmp/gen/filings"
profile validate -o json "$tmp/gen/filings"
profile check -o json --filing-root "$tmp/gen" "$tmp/gen/plans"
profile check -q --filing-root "$tmp/gen" "$tmp/gen/plans"
profile validate -o json "$tmp/fleet.ndjson"
profile check -o json --filing "$tmp/tf/filing.json" "$tmp/tf/tf.json"
go tool pprof -proto "$tmp"/*.prof >"$out"
echo "wrote $out from $n profiles"
