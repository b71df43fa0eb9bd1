# METADATA
# title: Time helpers
# description: Whole days between RFC 3339 timestamps, rounded down.
package icp.lib.dates

# day_ns: the nanoseconds of a day, 24 * 60 * 60 * 10^9 (a literal: rules
# are evaluated per query, and arithmetic on large numbers is not free).
day_ns := 86400000000000

# days(from, to): whole days from `from` to `to` (RFC 3339 strings), rounded
# down (floor, so negative when `to` is earlier).
days(from, to) := _floor_div(time.parse_rfc3339_ns(to) - time.parse_rfc3339_ns(from), day_ns)

# _floor_div(a, b): a divided by b (integers, b > 0), rounded down, in integer
# arithmetic (the floor builtin of OPA v1.22 rounds -0.5 to 0).
_floor_div(a, b) := ((a - r) / b) - 1 if {
	r := a % b
	r < 0
} else := (a - (a % b)) / b

# before(a, b): timestamp a is strictly earlier than timestamp b.
before(a, b) if time.parse_rfc3339_ns(a) < time.parse_rfc3339_ns(b)
