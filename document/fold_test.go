package document

import "testing"

func TestFold(t *testing.T) {
	raw := "Leave\u00a0 A “Reply” — don’t\tGo"
	f := FoldText(raw)
	if f.Text != "leave a \"reply\" — don't go" {
		t.Errorf("folded = %q", f.Text)
	}
	if len(f.Map) != len(f.Text)+1 || int(f.Map[len(f.Text)]) != len(raw) {
		t.Fatalf("map length %d for %d bytes", len(f.Map), len(f.Text))
	}
	// "reply" maps back to the original bytes, quotes excluded.
	sp := f.Orig(9, 14)
	if raw[sp.Start:sp.End] != "Reply" {
		t.Errorf("orig = %q", raw[sp.Start:sp.End])
	}
}
