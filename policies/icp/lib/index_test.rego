package icp.lib.index_test

import data.icp.lib.index

test_group_collects_the_values_of_each_key if {
	index.group([["b", 1], ["a", 2], ["b", 3], ["c", 4], ["b", 1]]) == {"a": {2}, "b": {1, 3}, "c": {4}}
}

test_group_of_nothing_is_empty if {
	index.group([]) == {}
}

test_group_of_one_pair if {
	index.group([[["k"], "v"]]) == {["k"]: {"v"}}
}

test_group_keeps_keys_of_different_types_apart if {
	index.group([[1, "a"], ["1", "b"], [null, "c"]]) == {1: {"a"}, "1": {"b"}, null: {"c"}}
}

test_repeated_values if {
	index.repeated(["b", "a", "b", "c", "b", "a"]) == {"a", "b"}
}

test_repeated_nothing_in_distinct_values if {
	index.repeated(["a", "b", "c"]) == set()
}

test_repeated_of_nothing if {
	index.repeated([]) == set()
}

# Past 16 pairs, group sorts instead of scanning once per key: both ways
# give the same groups, at the edge and beyond it.
test_group_scans_and_sorts_alike if {
	every n in [15, 16, 17, 40] {
		pairs := [[i % 5, i] | some i in numbers.range(1, n)]
		index.group(pairs) == {k: {i | some i in numbers.range(1, n); i % 5 == k} | some k in numbers.range(0, 4)}
	}
}

test_group_of_a_set_of_pairs if {
	values := {v | some v in numbers.range(1, 10)}
	index.group({[k, v] | some k in ["a", "b"]; some v in values}) == {"a": values, "b": values}
}
