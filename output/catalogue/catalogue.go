// Package catalogue writes the rule catalogue (`icpcheck rules`) read from
// the policies' METADATA, one file per format.
package catalogue

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// Catalogue is what `icpcheck rules` prints: the rules, and the province,
// provider and threshold data that vary what they say.
type Catalogue struct {
	Rules      []engine.RuleInfo
	Variations []engine.Variation
	// Lang is the language of the headings: "en" (or empty), "zh". The
	// rules come with their titles in that language (engine.RuleInfo.In).
	Lang string
}

// zhWords are the Chinese of the catalogue's headings, keyed by English.
var zhWords = map[string]string{
	"ID": "ID", "SEVERITY": "级别", "JUDGED ON": "检查对象", "TITLE": "标题", "SOURCES": "依据",
	"snapshot": "快照", "plan": "计划", "Terraform plan": "Terraform 计划",
	"Web pages of the sources:": "依据的网页：",
	"WHERE":                     "范围", "RULES": "规则", "FIELD": "字段", "SETTING": "设置",
	"Severity": "级别", "Checked by": "检查命令", "Title": "标题", "Sources": "依据",
	"Where": "范围", "province": "省份", "provider": "服务商", "threshold": "阈值",
	"Alibaba Cloud": "阿里云", "Tencent Cloud": "腾讯云", "Huawei Cloud": "华为云", "Rules": "规则", "Field": "字段", "Setting": "设置",
	"Province and provider variations (policy data: correct a value with -d):":   "省份和服务商差异（策略数据：用 -d 更正取值）：",
	"Province and provider variations (policy data: correct a value with `-d`):": "省份和服务商差异（策略数据：用 `-d` 更正取值）：",
}

// t returns a heading in the catalogue's language.
func (c Catalogue) t(s string) string {
	if z, ok := zhWords[s]; ok && c.Lang == "zh" {
		return z
	}
	return s
}

var writers = map[string]func(io.Writer, Catalogue) error{
	"text":      writeText,
	"json":      writeJSON,
	"markdown":  writeMarkdown,
	"reference": writeReference,
}

// Formats lists the formats of the catalogue, sorted.
func Formats() []string {
	names := make([]string, 0, len(writers))
	for n := range writers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// CheckFormat says whether the catalogue can be written in a format.
func CheckFormat(format string) error {
	if _, ok := writers[format]; !ok {
		return fmt.Errorf("unknown output format %q for rules: use one of %s", format, strings.Join(Formats(), ", "))
	}
	return nil
}

// Write renders the catalogue in a format.
func Write(w io.Writer, format string, c Catalogue) error {
	if err := CheckFormat(format); err != nil {
		return err
	}
	return writers[format](w, c)
}

// where names the province or provider of a variation, or "all documents"
// for a threshold.
func (c Catalogue) where(v engine.Variation) string {
	switch v.Scope {
	case "province", "provider":
		if v.Name != v.Key {
			return fmt.Sprintf("%s %s (%s)", c.t(v.Scope), v.Key, c.t(v.Name))
		}
		return c.t(v.Scope) + " " + v.Key
	}
	return c.t("threshold") + " " + v.Key
}

// judgedOn names the documents a rule is judged on, from the packages it
// adds to: snapshot (icp.filing), plan (icp.plan), Terraform plan
// (icp.terraform); another package (a user's policy) by its name.
func (c Catalogue) judgedOn(entries []string) string {
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		if kind, ok := judgedKinds[e]; ok {
			e = c.t(kind)
		}
		out = append(out, e)
	}
	if c.Lang == "zh" {
		return strings.Join(out, "、")
	}
	return strings.Join(out, ", ")
}

var judgedKinds = map[string]string{"icp.filing": "snapshot", "icp.plan": "plan", "icp.terraform": "Terraform plan"}

// sourcePage is a cited source with a web page.
type sourcePage struct{ id, what, url string }

// heading is what a page is: "A13: Alibaba Cloud, ...", or the
// description of a page that names no source id.
func (p sourcePage) heading() string {
	switch {
	case p.id == p.url && p.what != "":
		return p.what
	case p.what != "":
		return p.id + ": " + p.what
	}
	return p.id
}

// sourcePages lists once each source of the rules that has a web page
// (their METADATA related_resources, described "ID: what it is"), in the
// order of their ids (faq:* first, then by letter and number).
func sourcePages(rules []engine.RuleInfo) []sourcePage {
	var out []sourcePage
	seen := make(map[string]bool)
	for _, r := range rules {
		for _, rr := range r.Related {
			id := sourceID(rr)
			if seen[id+" "+rr.URL] {
				continue
			}
			seen[id+" "+rr.URL] = true
			what := strings.TrimPrefix(rr.Description, id+": ")
			if id == rr.URL {
				what = rr.Description
			}
			out = append(out, sourcePage{id, what, rr.URL})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return sourceOrder(out[i].id) < sourceOrder(out[j].id) })
	return out
}

// sourceOrder is a sort key of a source id: "A7" before "A13".
func sourceOrder(id string) string {
	i := strings.IndexFunc(id, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 || strings.Contains(id, ":") {
		return "0" + id
	}
	return fmt.Sprintf("1%s%08s", id[:i], id[i:])
}

// sourceID is the source id that a related resource's description starts
// with ("A13: Alibaba Cloud, ..."), or, with none, its URL.
func sourceID(rr engine.RelatedResource) string {
	id, _, found := strings.Cut(rr.Description, ": ")
	if !found || strings.ContainsAny(id, " \t") {
		return rr.URL
	}
	return id
}

// linkTarget keeps a URL inside a Markdown link's angle brackets.
var linkTarget = strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "")

// linked writes a rule's sources for Markdown, each id that has a web page
// as a link to it.
func linked(r engine.RuleInfo) string {
	urls := make(map[string]string)
	for _, rr := range r.Related {
		urls[sourceID(rr)] = rr.URL
	}
	out := make([]string, 0, len(r.Sources))
	for _, id := range r.Sources {
		if url, ok := urls[id]; ok {
			out = append(out, "["+id+"](<"+linkTarget.Replace(url)+">)")
		} else {
			out = append(out, id)
		}
	}
	return strings.Join(out, ", ")
}
