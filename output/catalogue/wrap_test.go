package catalogue

import (
	"slices"
	"testing"
)

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		text  string
		width int
		want  []string
	}{
		{"a transfer needs these to match", 12, []string{"a transfer", "needs these", "to match"}},
		{"see https://example.com/a/very/long/page now", 10, []string{"see", "https://example.com/a/very/long/page", "now"}},
		// Chinese breaks between characters, never before a closing mark
		// nor after an opening one, and keeps its spaces beside Latin words
		{"取消所有网站的接入，也会删除主体", 10, []string{"取消所有网", "站的接入，", "也会删除主", "体"}},
		{"（空壳主体）可以", 6, []string{"（空壳", "主体）", "可以"}},
		{"购买时长至少 3 个月", 8, []string{"购买时长", "至少 3", "个月"}},
		{"", 10, []string{""}},
	} {
		if got := wrap(tc.text, tc.width); !slices.Equal(got, tc.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.text, tc.width, got, tc.want)
		}
	}
}
