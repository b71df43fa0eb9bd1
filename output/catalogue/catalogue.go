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
	"ID": "ID", "SEVERITY": "级别", "TITLE": "标题", "SOURCES": "依据",
	"WHERE": "范围", "RULES": "规则", "FIELD": "字段", "SETTING": "设置",
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
