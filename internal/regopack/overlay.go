package regopack

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/loader"
)

// OverlayData merges JSON or YAML files (-d) over the set's data, in order:
// objects merge key by key and any other value replaces the one before, so
// a file can change one threshold of the pack. (Unlike Add, which refuses
// two different values, as `opa test` does.)
func (s *Set) OverlayData(files []string) error {
	for _, file := range files {
		res, err := loader.NewFileLoader().All([]string{file})
		if err != nil {
			return fmt.Errorf("load data %s: %w", file, err)
		}
		overlay(s.Data, res.Documents)
	}
	return nil
}

func overlay(dst, src map[string]any) {
	for k, v := range src {
		srcObj, srcIsObj := v.(map[string]any)
		dstObj, dstIsObj := dst[k].(map[string]any)
		if srcIsObj && dstIsObj {
			overlay(dstObj, srcObj)
			continue
		}
		dst[k] = v
	}
}
