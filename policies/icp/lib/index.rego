# METADATA
# title: Grouping helpers
# description: |
#   Indexes built once per document, so that rules look values up instead
#   of scanning a list per element (which is quadratic on a snapshot of
#   thousands of websites).
package icp.lib.index

# group(pairs): {key: {value, ...}} of a list of [key, value] pairs. A few
# pairs (most documents) are grouped by scanning them once per key, which
# costs less than sorting; more are sorted, which puts the pairs of one key
# next to each other, so each group is one slice of the sorted list:
# O(n log n) where the scan per key is quadratic.
group(pairs) := {key: {v | some [k, v] in pairs; k == key} | some [key, _] in pairs} if {
	count(pairs) <= 16
} else := {key: {p[1] | some p in array.slice(sorted, start, ends[g])} |
	sorted := sort(pairs)
	starts := [i | some i, _ in sorted; not _continues_group(sorted, i)]
	ends := array.concat(array.slice(starts, 1, count(starts)), [count(sorted)])
	some g, start in starts
	key := sorted[start][0]
}

# _continues_group(sorted, i): pair i has the key of the pair before it.
_continues_group(sorted, i) if {
	i > 0
	sorted[i - 1][0] == sorted[i][0]
}

# repeated(xs): the values that occur more than once in the list xs, found
# by sorting (equal values end up next to each other) rather than by
# counting each value's occurrences in the whole list.
repeated(xs) := {x |
	sorted := sort(xs)
	some i, x in sorted
	i > 0
	sorted[i - 1] == x
}
