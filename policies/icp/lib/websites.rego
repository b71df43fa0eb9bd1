# METADATA
# title: Website and hosting helpers
# description: |
#   Filed websites, the websites a domain belongs to and where a domain is
#   served from, as functions of a snapshot-shaped document s.
package icp.lib.websites

import data.icp.lib.index

# filed(s, w): website object w of snapshot s is filed: the subject and the
# website are active and the website has an ICP number.
filed(s, w) if {
	s.subject.status == "active"
	w.status == "active"
	is_string(w.icp_number)
	w.icp_number != ""
}

# _filed_ids(s): the ids of the filed websites of s.
_filed_ids(s) := {w.id | some w in s.websites; filed(s, w)}

# _by_id(s, wid): the website of s with id wid (the first one).
_by_id(s, wid) := [w | some w in s.websites; w.id == wid][0]

# owners(s, d): the ids of the websites that list domain d.
owners(s, d) := {w.id | some w in s.websites; d in w.domains}

# filed_owners(s, d): the ids of the filed websites that list domain d.
filed_owners(s, d) := {w.id | some w in s.websites; d in w.domains; filed(s, w)}

# filed_owner_index(s): {domain: filed_owners(s, domain)} for every domain
# that a filed website lists (a domain that no filed website lists has no
# key), built in one pass: look domains up in it rather than calling
# filed_owners in a loop.
filed_owner_index(s) := index.group([[d, w.id] |
	some w in s.websites
	filed(s, w)
	some d in w.domains
])

# owner_index(s): {domain: owners(s, domain)} for every domain of s, built
# once (the function's result is cached for the same s).
owner_index(s) := index.group([[d, w.id] | some w in s.websites; some d in w.domains])

# served_pairs(s): the [domain, provider] pairs such that the domain is served
# from the provider (served_from), collected once.
served_pairs(s) := {[h.domain, h.provider] | some h in object.get(s, "hosting", []); h.mainland == true}

# served_from(s, d, p): domain d is served from provider p (a hosting entry
# names p with mainland true).
served_from(s, d, p) if {
	some h in s.hosting
	h.domain == d
	h.provider == p
	h.mainland == true
}

# _served_providers(s, d): the providers that domain d is served from (mainland).
_served_providers(s, d) := {h.provider |
	some h in object.get(s, "hosting", [])
	h.domain == d
	h.mainland == true
}

# hosted(s, d): some hosting entry names domain d (mainland or not).
hosted(s, d) if {
	some h in s.hosting
	h.domain == d
}

# _website_served_from(s, wid, p): a domain of website wid is served from p.
_website_served_from(s, wid, p) if {
	some w in s.websites
	w.id == wid
	some d in w.domains
	served_from(s, d, p)
}
