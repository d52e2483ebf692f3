package rules

import (
	"testing"

	"github.com/copydesk/copydesk/config"
)

// FuzzParsePack: any bytes as a rule pack give a pack or an error, never a panic.
func FuzzParsePack(f *testing.F) {
	f.Add([]byte("name: x\nrule: mt.calque\nentries:\n  - phrases: [a]\n"))
	f.Add([]byte("rule: mt.calque\nentries:\n  - pattern: '(?P<x>a+)b'\n    suggest: ['${x}']\n"))
	f.Add([]byte("entries: [{canonical: ISIS, variants: [ISUS]}]"))
	f.Add([]byte(":\n- [\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := ParsePack("fuzz.yaml", raw)
		if err == nil && p == nil {
			t.Fatal("no pack and no error")
		}
	})
}

// FuzzParseConfig: any bytes as .copydesk.yaml give a configuration or an error.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte("language: en\nrules:\n  mt.spacing: off\naccept: [x, /y+/]\n"))
	f.Add([]byte("accept: ['/(/']"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		c, err := config.Parse("fuzz.yaml", raw)
		if err == nil && c == nil {
			t.Fatal("no config and no error")
		}
		if err == nil {
			c.Accepts("word")
		}
	})
}
