package engine

import (
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
)

// flatCache is the evaluator's virtual cache (topdown.VirtualCache): the
// values of rules and of function calls, by reference. OPA's own keeps a
// tree with a node and a hash map for each term of a reference, so that
// every call of a function with new arguments allocates a few of them; a
// document's evaluation makes thousands of such calls. flatCache keeps each
// frame in one map, by the reference's hash, and allocates one entry per
// value. It answers as OPA's does: Get of a reference that holds no value
// (nor undefined) is a miss, and a reference once marked undefined stays
// so.
type flatCache struct {
	frames []map[int]*cacheEntry // the top frame last: Get reads it alone
}

type cacheEntry struct {
	ref       ast.Ref // its own slice: the evaluator reuses those it passes
	value     *ast.Term
	undefined bool
	next      *cacheEntry  // another reference of the same hash
	terms     [8]*ast.Term // ref's terms where they fit: one allocation, not two
}

func newFlatCache() *flatCache {
	return &flatCache{frames: []map[int]*cacheEntry{{}}}
}

// Push starts a new, empty frame (the evaluator does under a with
// statement).
func (c *flatCache) Push() {
	c.frames = append(c.frames, map[int]*cacheEntry{})
}

// Pop drops the top frame and all that it holds.
func (c *flatCache) Pop() {
	c.frames[len(c.frames)-1] = nil
	c.frames = c.frames[:len(c.frames)-1]
	if len(c.frames) == 0 {
		c.frames = append(c.frames, map[int]*cacheEntry{})
	}
}

func (c *flatCache) top() map[int]*cacheEntry {
	return c.frames[len(c.frames)-1]
}

// Get returns the value of ref; nil and true when ref is undefined; nil and
// false when the frame holds nothing for it.
func (c *flatCache) Get(ref ast.Ref) (*ast.Term, bool) {
	for e := c.top()[ref.Hash()]; e != nil; e = e.next {
		if e.ref.Equal(ref) {
			if e.undefined {
				return nil, true
			}
			return e.value, false
		}
	}
	return nil, false
}

// Put records the value of ref, or that ref is undefined when value is nil.
func (c *flatCache) Put(ref ast.Ref, value *ast.Term) {
	frame := c.top()
	h := ref.Hash()
	e := frame[h]
	for e != nil && !e.ref.Equal(ref) {
		e = e.next
	}
	if e == nil {
		e = &cacheEntry{next: frame[h]}
		if len(ref) <= len(e.terms) {
			e.ref = append(e.terms[:0], ref...)
		} else {
			e.ref = slices.Clone(ref)
		}
		frame[h] = e
	}
	if value == nil {
		e.undefined = true
	} else {
		e.value = value
	}
}

// Keys returns the references that hold a value in the top frame.
func (c *flatCache) Keys() []ast.Ref {
	var keys []ast.Ref
	for _, e := range c.top() {
		for ; e != nil; e = e.next {
			if e.value != nil {
				keys = append(keys, e.ref)
			}
		}
	}
	return keys
}
