package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/icpcheck/icpcheck/engine"
	"github.com/icpcheck/icpcheck/internal/golden"
	"github.com/icpcheck/icpcheck/output/catalogue"
	"github.com/icpcheck/icpcheck/policies"
)

// TestProvincesDoc: docs/provinces.md is generated from the embedded data;
// it fails when the data and the page drift apart (-update rewrites it).
func TestProvincesDoc(t *testing.T) {
	chdirRoot(t)
	eng, err := engine.New(context.Background(), engine.Config{Pack: policies.FS()})
	if err != nil {
		t.Fatal(err)
	}
	vs, err := eng.Variations(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := catalogue.WriteProvinces(&buf, vs); err != nil {
		t.Fatal(err)
	}
	golden.Assert(t, "docs/provinces.md", buf.Bytes())
}
