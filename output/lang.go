package output

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"

	"github.com/icpcheck/icpcheck/engine"
)

// lang is the language of a report's own words (headings, verdicts, state
// names, counts); the policies write the findings' and consequences' text
// in the same language (input.lang). JSON field names, rule IDs and the
// state values of json, sarif and junit stay English: tools read them.
type lang string

// zhWords are the Chinese of the reports' fixed words, keyed by their
// English; a word missing here prints in English, which TestChineseWords
// catches for every literal passed to lang.t.
var zhWords = map[string]string{
	// verdicts and severities
	"PASS": "通过", "WARN": "警告", "FAIL": "失败", "ERROR": "错误",
	"deny": "阻止", "warn": "警告",
	// state names as a person reads them (json keeps the values)
	"accessible":   "可访问",
	"at_risk":      "有风险",
	"not_served":   "未解析",
	"blocked":      "被阻断",
	"inaccessible": "无法访问",
	// explain
	"allowed": "允许", "denied": "禁止", "warned": "有警告",
	"Domains":                           "域名",
	"Findings":                          "问题",
	"No findings.":                      "未发现问题。",
	"Actions":                           "操作",
	"Domains, before -> after the plan": "域名：计划执行前 -> 执行后",
	"DOMAIN":                            "域名",
	"WEBSITE":                           "网站",
	"STATE":                             "状态",
	"WHY":                               "原因",
	"(new)":                             "（新增）",
	"(gone)":                            "（已移除）",
	"(no domain)":                       "（无域名）",
	"(the snapshot lists no domain)":    "（快照中没有域名）",
	"filed, served from a provider with active access, nothing at risk": "已备案，由已接入的服务商提供服务，无风险",
	// text and markdown
	"accessibility:":        "可访问性：",
	"consequences:":         "操作后果：",
	"website":               "网站",
	"action":                "操作",
	"line":                  "行",
	"Severity":              "级别",
	"Rule":                  "规则",
	"Message":               "说明",
	"Where":                 "位置",
	"Accepted":              "已接受",
	"Why":                   "原因",
	"Website":               "网站",
	"Domain":                "域名",
	"State":                 "状态",
	"Reasons":               "原因",
	"Action":                "操作",
	"Consequences":          "后果",
	"input error":           "输入错误",
	"accessibility of ":     "可访问性：",
	"%s (website %s): %s":   "%s（网站 %s）：%s",
	"; ":                    "；",
	"sources: ":             "依据：",
	"icpcheck interrupted":  "icpcheck 被中断",
	"icpcheck exception ":   "icpcheck 例外 ",
	"Fix first":             "优先修复",
	"(no action)":           "（没有操作）",
	"Findings on no action": "不属于任何操作的问题",
	"note":                  "说明",
	"Note: ":                "说明：",
	"served by ":            "服务来源：",
	"resource":              "资源",
	"target":                "目标",
	"Sources: ":             "依据：",
	"Input error":           "输入错误",
	"The document could not be read, parsed or validated": "文档无法读取、解析或校验",
	"icpcheck could not check this document: it could not be read, is not valid JSON, has an unknown kind or version, or does not match the JSON Schema of its kind. The message names the place and the fix; no rule was judged on the document.": "icpcheck 无法检查该文档：无法读取、不是有效的 JSON、kind 或 version 未知，或不符合其类型的 JSON Schema。说明中给出了位置和修改方法；未对该文档执行任何规则。",
	"the document could not be checked": "文档无法检查",
	".":                                 "。",
	"Exceptions that need attention":    "需要处理的例外",
}

// Languages lists the --lang values.
func Languages() []string { return []string{"en", "zh"} }

// CheckLanguage says whether a --lang value names a language.
func CheckLanguage(l string) error {
	for _, known := range Languages() {
		if l == known {
			return nil
		}
	}
	return fmt.Errorf("unknown language %q: use one of %s", l, strings.Join(Languages(), ", "))
}

// words returns the language of the options (English when unset).
func (o Options) words() lang { return lang(o.Lang) }

// t returns a fixed word or phrase in l.
func (l lang) t(s string) string {
	if l == "zh" {
		if z, ok := zhWords[s]; ok {
			return z
		}
	}
	return s
}

// state is a state value as a person reads it.
func (l lang) state(s string) string { return l.t(s) }

// counts is "1 deny, 0 warn".
func (l lang) counts(deny, warn int) string {
	if l == "zh" {
		return fmt.Sprintf("阻止 %d，警告 %d", deny, warn)
	}
	return fmt.Sprintf("%d deny, %d warn", deny, warn)
}

// accepted is ", 2 suppressed, 1 in the baseline" (nothing when none).
func (l lang) accepted(suppressed, baselined int) string {
	out := ""
	if l == "zh" {
		if suppressed > 0 {
			out += "，已豁免 " + strconv.Itoa(suppressed)
		}
		if baselined > 0 {
			out += "，基线内 " + strconv.Itoa(baselined)
		}
		return out
	}
	if suppressed > 0 {
		out += ", " + strconv.Itoa(suppressed) + " suppressed"
	}
	if baselined > 0 {
		out += ", " + strconv.Itoa(baselined) + " in the baseline"
	}
	return out
}

// summaryLine is the closing count of a run, as the text format prints it;
// accepted findings are counted only when there are some.
func (l lang) summaryLine(s Summary) string {
	if l == "zh" {
		return fmt.Sprintf("共 %d 个文档：%s，错误 %d", s.Documents, l.counts(s.Deny, s.Warn), s.Errors) + l.accepted(s.Suppressed, s.Baselined) + l.interruptedNote(s)
	}
	return strconv.Itoa(s.Documents) + " " + plural(s.Documents, "document", "documents") + ": " +
		l.counts(s.Deny, s.Warn) + ", " + strconv.Itoa(s.Errors) + " " + plural(s.Errors, "error", "errors") +
		l.accepted(s.Suppressed, s.Baselined) + l.interruptedNote(s)
}

// interruptedNote closes the summary line of an interrupted run.
func (l lang) interruptedNote(s Summary) string {
	switch {
	case !s.Interrupted:
		return ""
	case l == "zh":
		return "；在检查完所有文档之前被中断：本报告不完整"
	}
	return "; INTERRUPTED before every document was checked: this report is incomplete"
}

// tally is a result's counts as a document heading shows them: deny and
// warn, and the accepted findings when there are some.
func (l lang) tally(r engine.Result) string {
	var s Summary
	s.Add(r)
	return l.counts(s.Deny, s.Warn) + l.accepted(s.Suppressed, s.Baselined)
}

// heading is a document's "(Kind: counts)".
func (l lang) heading(r engine.Result) string {
	if l == "zh" {
		return fmt.Sprintf("（%s：%s）", r.Kind, l.tally(r))
	}
	return fmt.Sprintf("(%s: %s)", r.Kind, l.tally(r))
}

// notShown says how many accepted findings --show-suppressed would list.
func (l lang) notShown(n int) string {
	if l == "zh" {
		return fmt.Sprintf("另有 %d 个已接受的问题未显示（--show-suppressed 可列出）", n)
	}
	return fmt.Sprintf("%d accepted %s not shown (--show-suppressed lists %s)", n, plural(n, "finding", "findings"), plural(n, "it", "them"))
}

// acceptance says in a few words what accepted a finding and why.
func (l lang) acceptance(s *engine.Suppression) string {
	if l == "zh" {
		switch s.Kind {
		case engine.SuppressedByBaseline:
			return "已接受：在基线 " + s.Source + " 中"
		case engine.SuppressedByPolicy:
			return "已接受：由 " + s.Source + " 豁免"
		}
		what := "已接受：例外 " + s.Source
		if s.Expires != "" {
			what += "（有效期至 " + s.Expires + "）"
		}
		return what + "：" + s.Reason
	}
	var what string
	switch s.Kind {
	case engine.SuppressedByBaseline:
		what = "in the baseline " + s.Source
	case engine.SuppressedByPolicy:
		what = "exempted by " + s.Source
	default:
		what = "exception " + s.Source
		if s.Expires != "" {
			what += " until " + s.Expires
		}
		what += ": " + s.Reason
	}
	return "accepted, " + what
}

// place says where a violation points: the action, the path and its line.
func (l lang) place(v engine.Violation) string {
	parts := l.subject(v)
	if v.Path != "" {
		p := v.Path
		if v.Line > 0 {
			if l == "zh" {
				p += fmt.Sprintf("（第 %d 行）", v.Line)
			} else {
				p += fmt.Sprintf(" (line %d)", v.Line)
			}
		}
		parts = append(parts, p)
	}
	if l == "zh" {
		return strings.Join(parts, "，")
	}
	return strings.Join(parts, ", ")
}

// width is the number of terminal columns s takes: a CJK character takes
// two, so tables of Chinese names and IDNs line up.
func width(s string) int { return runewidth.StringWidth(s) }

// pad fills s with spaces to n columns.
func pad(s string, n int) string {
	if w := width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// at introduces a finding's place: "at ".
func (l lang) at() string {
	if l == "zh" {
		return "位置："
	}
	return "at "
}

// tag is the language as SARIF names it (RFC 5646).
func (l lang) tag() string {
	if l == "zh" {
		return "zh-CN"
	}
	return "en-US"
}

// parenthesized is " (text)", or "（text）" in Chinese.
func (l lang) parenthesized(text string) string {
	if l == "zh" {
		return "（" + text + "）"
	}
	return " (" + text + ")"
}
