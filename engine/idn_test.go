package engine

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/idna"
)

func TestDomainKeyJoinsSpellings(t *testing.T) {
	for _, pair := range [][2]string{
		{"例子.中国", "xn--fsqu00a.xn--fiqs8s"},
		{"www.例子.中国", "www.xn--fsqu00a.xn--fiqs8s"},
		{"Example.COM", "example.com"},
		{"WWW.例子.中国", "www.例子.中国"},
	} {
		if a, b := domainKey(pair[0]), domainKey(pair[1]); a != b {
			t.Errorf("%s -> %s, %s -> %s: want one domain", pair[0], a, pair[1], b)
		}
	}
	if domainKey("例子.中国") == domainKey("例子.公司") {
		t.Error("two domains share a key")
	}
	// Not a domain name: kept as written, so the rules judge it as it is.
	if k := domainKey("bad..name"); k != "bad..name" {
		t.Errorf("bad..name -> %s", k)
	}
}

func TestUnifyDomainsKeepsTheWebsitesSpelling(t *testing.T) {
	var input map[string]any
	doc := `{"filing": {
	  "websites": [{"id": "shop", "domains": ["例子.中国", "shop.example.com"]}],
	  "hosting": [{"domain": "xn--fsqu00a.xn--fiqs8s"}, {"domain": "SHOP.example.com"}, {"domain": "other.中国"}]},
	 "plan": {"actions": [{"type": "point_domain", "domain": "xn--fsqu00a.xn--fiqs8s"},
	                      {"type": "submit_transfer", "domains": ["XN--FSQU00A.XN--FIQS8S"]}]},
	 "terraform": {"domain": "xn--fsqu00a.xn--fiqs8s"}}`
	if err := json.Unmarshal([]byte(doc), &input); err != nil {
		t.Fatal(err)
	}
	UnifyDomains(input)
	got, _ := json.Marshal(input)
	want := `{"filing":{"hosting":[{"domain":"例子.中国"},{"domain":"shop.example.com"},{"domain":"other.中国"}],` +
		`"websites":[{"domains":["例子.中国","shop.example.com"],"id":"shop"}]},` +
		`"plan":{"actions":[{"domain":"例子.中国","type":"point_domain"},{"domains":["例子.中国"],"type":"submit_transfer"}]},` +
		`"terraform":{"domain":"xn--fsqu00a.xn--fiqs8s"}}`
	if string(got) != want {
		t.Errorf("unified:\n%s\nwant\n%s", got, want)
	}
}

// TestPunycodeHostingOfUnicodeListing: a domain listed in Unicode and
// hosted in punycode is one domain: served with access, not ICP101.
func TestPunycodeHostingOfUnicodeListing(t *testing.T) {
	e := newTestEngine(t, Config{})
	doc := []byte(`{"kind": "FilingSnapshot", "version": 1, "as_of": "2026-11-20T08:00:00Z",
	  "subject": {"name": "S", "type": "enterprise", "certificate": {"type": "business_license", "number": "91330100MA27XXXX0A"},
	    "province": "ZJ", "icp_number": "浙ICP备12345678号", "status": "active"},
	  "websites": [{"id": "shop", "name": "Shop", "domains": ["例子.中国"], "icp_number": "浙ICP备12345678号-1",
	    "status": "active", "access": [{"provider": "other-cloud", "status": "active"}]}],
	  "hosting": [{"domain": "xn--fsqu00a.xn--fiqs8s", "provider": "other-cloud", "mainland": true}]}`)
	res := checkAll(t, e, Options{}, doc)[0]
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if len(res.Violations) != 0 {
		t.Errorf("violations %+v, want none", res.Violations)
	}
	if len(res.Accessibility) != 1 || res.Accessibility[0].Domain != "例子.中国" || res.Accessibility[0].State != "accessible" {
		t.Errorf("accessibility %+v, want 例子.中国 accessible", res.Accessibility)
	}
}

// BenchmarkCheckPlanLang: a plan with findings and consequences, its texts
// rendered from the catalogue in English and in Chinese.
func BenchmarkCheckPlanLang(b *testing.B) {
	e := newTestEngine(b, Config{})
	doc := fixture(b, "plans/migration-without-wait.json")
	in := Input{Name: "migration-without-wait.json", Dir: filepath.Join("..", "fixtures", "plans"), Data: doc}
	for _, lang := range []string{"en", "zh"} {
		b.Run(lang, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if r := e.checkDocument(context.Background(), in, Options{Lang: lang, Limits: DefaultLimits()}); r.Err != nil || len(r.Violations) == 0 {
					b.Fatal(r.Err)
				}
			}
		})
	}
}

// TestPlainDomainKeys: for the names domainKey takes as they are
// (isPlainDomain), IDNA would give the same key: the name itself, or a
// refusal, which keeps it as written too.
func TestPlainDomainKeys(t *testing.T) {
	parts := []string{"a", "z", "0", "9", "-", ".", "xn", "ab", "www", "com", "--", "..", "a-b", "x", "n"}
	var names []string
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		names = append(names, prefix)
		if depth == 0 {
			return
		}
		for _, p := range parts {
			build(prefix+p, depth-1)
		}
	}
	build("", 4)
	checked := 0
	for _, d := range names {
		if !isPlainDomain(d) {
			continue
		}
		checked++
		want := d
		if key, err := idna.Lookup.ToASCII(d); err == nil {
			want = strings.ToLower(key)
		}
		if want != d {
			t.Errorf("%q: IDNA key %q, taken as %q", d, want, d)
		}
	}
	if checked < 10000 {
		t.Fatalf("checked %d names", checked)
	}
}
