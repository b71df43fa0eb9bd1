# A small snapshot-shaped state shared by the lib tests.
package icp.lib_test

state := {
	"as_of": "2026-11-20T08:00:00Z",
	"subject": {"status": "active", "icp_number": "浙ICP备12345678号", "province": "ZJ"},
	"websites": [
		{
			"id": "shop", "domains": ["example.com"], "icp_number": "浙ICP备12345678号-1", "status": "active",
			"access": [
				{"provider": "other-cloud", "status": "active"},
				{"provider": "alibaba-cloud", "status": "cancelled"},
			],
		},
		{"id": "blog", "domains": ["example.net", "example.com"], "icp_number": "浙ICP备12345678号-2", "status": "active"},
		{"id": "old", "domains": ["old.example.org"], "status": "deregistered"},
	],
	"hosting": [
		{"domain": "example.com", "provider": "other-cloud", "mainland": true},
		{"domain": "example.net", "provider": "aws", "mainland": false},
		{"domain": "example.net", "provider": "tencent-cloud", "mainland": true},
	],
	"orders": [
		{
			"id": "T-1",
			"type": "transfer",
			"provider": "tencent-cloud",
			"status": "sms_verification",
			"websites": ["blog"],
			"submitted_at": "2026-11-02T08:00:00Z",
		},
		{
			"id": "T-2",
			"type": "transfer",
			"provider": "alibaba-cloud",
			"status": "rejected",
			"submitted_at": "2026-10-01T08:00:00Z",
		},
		{
			"id": "T-3",
			"type": "transfer",
			"provider": "alibaba-cloud",
			"status": "provider_review",
			"websites": ["shop"],
			"submitted_at": "2026-11-10T08:00:00Z",
		},
		{
			"id": "N-1",
			"type": "cancel_number",
			"provider": "other-cloud",
			"status": "approved",
			"scope": "subject",
			"websites": [],
		},
	],
}

providers := {"tencent-cloud": {"access_during_transfer": ["sms_verification", "administration_review"]}}
