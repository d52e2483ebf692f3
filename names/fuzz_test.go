package names

import "testing"

// FuzzSame: any two spellings, however broken, are compared without a panic;
// a spelling is its own name, and always has a block key to be grouped under.
func FuzzSame(f *testing.F) {
	for _, s := range [][2]string{{"Osman Al-Ghanmi", "Othman al-Ghanemi"}, {"al-", "Al"}, {"Oleh Tsaryov", "Oleg Tsaryov"},
		{"KMT's", "Kim's"}, {"Nataša", "Natasha"}, {"Barsukou", "Barsukov"}, {"", "j"}, {"ou", "v"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		Same(a, b)
		VoicedPair(a, b)
		if !Same(a, a) {
			t.Errorf("%q is not the same name as itself", a)
		}
		if len(BlockKeys(a)) == 0 {
			t.Errorf("%q has no block key", a)
		}
	})
}
