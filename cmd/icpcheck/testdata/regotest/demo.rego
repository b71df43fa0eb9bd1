# A tiny package for the golden test of `icpcheck test`: one rule that its
# tests reach, one that they do not.
package demo

approved(provider) if provider in {"alibaba-cloud", "tencent-cloud"}

label(provider) := "approved" if {
	approved(provider)
} else := "not approved"
