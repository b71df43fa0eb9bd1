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
