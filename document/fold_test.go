package document

import "testing"

func TestFold(t *testing.T) {
	raw := "Leave\u00a0 A “Reply” — don’t\tGo"
	f := FoldText(raw)
	if f.Text != "leave a \"reply\" — don't go" {
		t.Errorf("folded = %q", f.Text)
	}
	if f.Orig(0, len(f.Text)) != (Span{0, len(raw)}) {
		t.Fatalf("the whole folded text maps to %v, want [0,%d)", f.Orig(0, len(f.Text)), len(raw))
	}
	// "reply" maps back to the original bytes, quotes excluded.
	sp := f.Orig(9, 14)
	if raw[sp.Start:sp.End] != "Reply" {
		t.Errorf("orig = %q", raw[sp.Start:sp.End])
	}
}
