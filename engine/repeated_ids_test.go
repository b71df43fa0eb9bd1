package engine

import (
	"encoding/json"
	"strings"
	"testing"
)

// repeatedIDsSnapshot repeats ids: two websites "shop", two orders "x"
// (also the id of every action below), and a cancel_access order.
const repeatedIDsSnapshot = `{"kind": "FilingSnapshot", "version": 1, "as_of": "2026-11-20T08:00:00Z",
 "subject": {"name": "Example Co.", "type": "enterprise", "province": "ZJ", "icp_number": "浙ICP备12345678号", "status": "active"},
 "websites": [
  {"id": "shop", "name": "Shop", "domains": ["example.com"], "icp_number": "浙ICP备12345678号-1", "status": "active",
   "access": [{"provider": "other-cloud", "status": "active"}]},
  {"id": "shop", "name": "Shop again", "domains": ["example.com", "shop.example.org"], "icp_number": "浙ICP备12345678号-2", "status": "active",
   "access": [{"provider": "tencent-cloud", "status": "active"}]}],
 "hosting": [{"domain": "example.com", "provider": "other-cloud", "mainland": true}],
 "orders": [
  {"id": "x", "type": "transfer", "provider": "alibaba-cloud", "status": "provider_review"},
  {"id": "x", "type": "transfer", "provider": "tencent-cloud", "status": "sms_verification", "websites": ["shop"]},
  {"id": "c", "type": "cancel_access", "provider": "other-cloud", "status": "administration_review", "websites": ["shop", "shop"]},
  {"id": "n", "type": "cancel_number", "provider": "other-cloud", "status": "provider_review", "scope": "website", "websites": ["shop"]}]}`

// repeatedIDActions all have the id "x", name the website "shop" (twice
// where a list allows) and the order "x".
var repeatedIDActions = []string{
	`{"id": "x", "type": "submit_transfer", "websites": ["shop", "shop"], "domains": ["example.com"]}`,
	`{"id": "x", "type": "add_website", "application": "add_new_website", "website": {"id": "shop", "name": "Shop", "domains": ["example.com"]}}`,
	`{"id": "x", "type": "add_website", "application": "new_transfer", "website": {"id": "shop", "name": "Shop", "domains": ["new.example.org"], "icp_number": "浙ICP备12345678号-1"}}`,
	`{"id": "x", "type": "change_website", "website": "shop", "set": {"name": "Mall"}}`,
	`{"id": "x", "type": "change_subject", "set": {"name": "Renamed"}}`,
	`{"id": "x", "type": "await_approval", "action": "x"}`,
	`{"id": "x", "type": "await_approval", "order": "x"}`,
	`{"id": "x", "type": "await_approval", "order": "c"}`,
	`{"id": "x", "type": "await_approval", "order": "n"}`,
	`{"id": "x", "type": "withdraw_order", "order": "x"}`,
	`{"id": "x", "type": "abandon_order", "order": "c"}`,
	`{"id": "x", "type": "cancel_access", "provider": "tencent-cloud", "websites": ["shop", "shop"]}`,
	`{"id": "x", "type": "cancel_number", "scope": "website", "website": "shop", "acknowledge_irreversible": true}`,
	`{"id": "x", "type": "point_domain", "domain": "example.com", "mainland": true}`,
	`{"id": "x", "type": "unpoint_domain", "domain": "example.com"}`,
}

// TestRepeatedIDsAlwaysAnswer (issue 16.2): no plan makes the evaluation
// conflict. Every ordered pair of the actions, and every pair followed by
// an await of "x", is checked against a snapshot that repeats ids too: each
// must get an answer (violations, accessibility, consequences), never an
// error.
func TestRepeatedIDsAlwaysAnswer(t *testing.T) {
	e := newTestEngine(t, Config{})
	filing := writeFile(t, "repeated.json", repeatedIDsSnapshot)
	var plans [][]byte
	await := `{"id": "w", "type": "await_approval", "order": "x"}`
	for _, a := range repeatedIDActions {
		for _, b := range repeatedIDActions {
			for _, actions := range [][]string{{a, b}, {a, b, await}} {
				plan := `{"kind": "DeploymentPlan", "version": 1, "provider": "alibaba-cloud", "actions": [` + strings.Join(actions, ",") + `]}`
				if !json.Valid([]byte(plan)) {
					t.Fatalf("invalid test plan %s", plan)
				}
				plans = append(plans, []byte(plan))
			}
		}
	}
	for i, res := range checkAll(t, e, Options{Filing: filing, Limits: DefaultLimits(), Jobs: 2}, plans...) {
		if res.Err != nil {
			t.Errorf("plan %s: %s", plans[i], res.Err.Message)
			continue
		}
		if len(res.Accessibility) == 0 || len(res.Consequences) < 2 {
			t.Errorf("plan %s: no answer: %+v", plans[i], res)
		}
	}
}
