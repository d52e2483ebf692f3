package reports

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/copydesk/copydesk/checks"
)

// Fingerprint identifies a finding by its rule, the flagged text and a little
// of the text around it, not by its line, so edits elsewhere in the document
// leave it unchanged (baselines and SARIF partialFingerprints use it).
func Fingerprint(r checks.Result, f checks.Finding) string {
	ctx := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	t := r.Doc.Text
	before := t[max(0, f.Span.Start-24):f.Span.Start]
	after := t[f.Span.End:min(len(t), f.Span.End+24)]
	h := sha256.Sum256([]byte(f.Rule + "\x00" + ctx(before) + "\x00" + ctx(f.Text) + "\x00" + ctx(after)))
	return hex.EncodeToString(h[:8])
}
