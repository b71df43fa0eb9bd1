package output

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestChineseWords: every fixed word a format translates (lang.t("...")) has
// its Chinese, so nothing prints half English under --lang zh.
func TestChineseWords(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	found := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "t" {
				return true
			}
			text, ok := literal(call.Args[0])
			if !ok {
				return true // a variable: the state names and verdicts, checked below
			}
			found++
			if _, ok := zhWords[text]; !ok {
				t.Errorf("%s: %q has no Chinese in zhWords", fset.Position(call.Pos()), text)
			}
			return true
		})
	}
	if found < 20 {
		t.Fatalf("found %d translated words: the scan is broken", found)
	}
	for _, word := range []string{"PASS", "WARN", "FAIL", "ERROR", "deny", "warn", "accessible", "at_risk", "not_served", "blocked", "inaccessible", "allowed", "denied", "warned", "(new)"} {
		if _, ok := zhWords[word]; !ok {
			t.Errorf("%q has no Chinese in zhWords", word)
		}
	}
	han := regexp.MustCompile(`\p{Han}`)
	for en, zh := range zhWords {
		if !han.MatchString(zh) && strings.Trim(zh, ".。：:；; ") != "" && zh != en {
			t.Errorf("%q: Chinese %q has no Chinese", en, zh)
		}
	}
}

// literal is the value of a string literal or a sum of them.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		a, ok1 := literal(e.X)
		b, ok2 := literal(e.Y)
		return a + b, ok1 && ok2 && e.Op == token.ADD
	}
	return "", false
}

// TestFormatsInChinese: each format's own words follow Lang; JSON keeps
// its field names and state values.
func TestFormatsInChinese(t *testing.T) {
	opts := Options{Rules: sampleRules(), Lang: "zh", ShowSuppressed: true}
	for format, want := range map[string][]string{
		"text":     {"共 ", "可访问性：", "位置："},
		"markdown": {"| 级别 | 规则 | 说明 | 位置 |", "icpcheck: 错误", "| 网站 | 域名 | 状态 | 原因 |"},
		"github":   {"icpcheck: 错误: 共 ", "title=输入错误"},
		"junit":    {"位置："},
		"sarif":    {`"language": "zh-CN"`},
		"json":     {`"state": "accessible"`, `"severity": "deny"`},
	} {
		out := string(render(t, format, opts, sampleResults()))
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s in Chinese lacks %q:\n%s", format, w, out)
			}
		}
	}
	out := string(render(t, "text", Options{Rules: sampleRules()}, sampleResults()))
	if regexp.MustCompile(`\p{Han}`).MatchString(strings.NewReplacer("浙ICP备", "").Replace(out)) {
		t.Errorf("text in English has Chinese:\n%s", out)
	}
}
