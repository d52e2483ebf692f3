package reports

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/document"
)

// TestUnderlineColumns: the carets stand under the span in display columns:
// a Chinese character before or inside it takes two, a combining accent
// none.
func TestUnderlineColumns(t *testing.T) {
	for _, tc := range []struct{ text, span, want string }{
		{"The spokesman said 你好 and countryisde.", "countryisde", "    The spokesman said 你好 and countryisde.\n                                ^^^^^^^^^^^\n"},
		{"He said 你好 today.", "你好", "    He said 你好 today.\n            ^^^^\n"},
		{"Felix Geisendo\u0308rfer met.", "Geisendo\u0308rfer", "    Felix Geisendo\u0308rfer met.\n          ^^^^^^^^^^^^\n"},
	} {
		d := document.New("t.txt", "t", []byte(tc.text))
		i := strings.Index(tc.text, tc.span)
		got := underline(d, checks.Finding{Span: document.Span{Start: i, End: i + len(tc.span)}}, false)
		if got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.span, got, tc.want)
		}
	}
}
