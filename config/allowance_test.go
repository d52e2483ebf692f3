package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAllowance(t *testing.T) {
	for _, c := range []struct {
		in            string
		failed, total int
		allows        bool
	}{
		{"0", 0, 10, true}, {"0", 1, 10, false},
		{"3", 3, 100, true}, {"3", 4, 100, false},
		{"5%", 5, 100, true}, {"5%", 6, 100, false}, {"5%", 0, 0, true},
		{"12.5%", 1, 8, true}, {"100%", 8, 8, true},
	} {
		a, err := ParseAllowance(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if got := a.Allows(c.failed, c.total); got != c.allows {
			t.Errorf("%q allows %d of %d = %v, want %v", c.in, c.failed, c.total, got, c.allows)
		}
		if a.String() != c.in {
			t.Errorf("%q reads back as %q", c.in, a.String())
		}
	}
	for _, bad := range []string{"", "x", "-1", "101%", "-5%", "5 %%", "NaN%"} {
		if _, err := ParseAllowance(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// TestMaxFailingInConfig: a bad allowance in the configuration file is an
// error naming the file and the key.
func TestMaxFailingInConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".copydesk.yaml")
	if err := os.WriteFile(p, []byte("max-failing: lots\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p)
	if err == nil || !strings.Contains(err.Error(), ".copydesk.yaml") || !strings.Contains(err.Error(), "max-failing") {
		t.Errorf("got %v", err)
	}
}
