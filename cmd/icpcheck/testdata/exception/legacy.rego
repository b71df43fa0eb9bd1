# METADATA
# title: Legacy shop exemption
# description: |
#   A conftest-style exception: the website "shop" of Hangzhou Example
#   moves off other-cloud next quarter, so its DNS findings are exempt.
package icp.filing

exception contains rules if {
	some w in input.websites
	w.id == "shop"
	input.subject.province == "ZJ"
	rules := ["ICP101"]
}
