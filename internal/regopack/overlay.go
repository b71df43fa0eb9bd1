package regopack

import (
	"fmt"
)

// DataReader reads one data file (-d) into the object merged over data:
// the engine's document reader, so that data files have the documents'
// limits and strictness.
type DataReader func(path string) (map[string]any, error)

// OverlayData merges data files (-d) over the set's data, in order, each
// read by read: objects merge key by key and any other value replaces the
// one before, so a file can change one threshold of the pack. (Unlike Add,
// which refuses two different values, as `opa test` does.)
func (s *Set) OverlayData(files []string, read DataReader) error {
	for _, file := range files {
		doc, err := read(file)
		if err != nil {
			return fmt.Errorf("load data %w", err)
		}
		overlay(s.Data, doc)
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
