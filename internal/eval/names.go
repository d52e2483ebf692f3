package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/names"
)

// NamePair is two spellings and whether they name one person or place.
type NamePair struct {
	A, B string
	Same bool
}

// ReadNamePairs reads names/pairs.tsv (a, b, same; header line).
func ReadNamePairs(path string) ([]NamePair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []NamePair
	sc := bufio.NewScanner(f)
	for n := 0; sc.Scan(); n++ {
		c := strings.Split(sc.Text(), "\t")
		if n == 0 || len(c) < 3 {
			continue
		}
		out = append(out, NamePair{A: c[0], B: c[1], Same: c[2] == "1"})
	}
	return out, sc.Err()
}

// OFACPairs builds pairs from variants.tsv: every two running-text spellings
// of one entity (same = true), and, as hard negatives, two spellings of
// different persons that share their last word (same = false). Only persons
// whose two spellings have the same number of words count: an alias with a
// different given name or a nom de guerre is not a spelling variant.
func OFACPairs(path string, maxNeg int) ([]NamePair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	byEntity := map[string][]string{}
	var order []string
	sc := bufio.NewScanner(f)
	for n := 0; sc.Scan(); n++ {
		c := strings.Split(sc.Text(), "\t")
		if n == 0 || len(c) < 5 || c[4] != "person" {
			continue
		}
		if _, ok := byEntity[c[0]]; !ok {
			order = append(order, c[0])
		}
		byEntity[c[0]] = append(byEntity[c[0]], c[2])
	}
	var out []NamePair
	bySurname := map[string][]string{}
	surnameOwner := map[string]string{}
	for _, id := range order {
		forms := byEntity[id]
		for i := 0; i < len(forms); i++ {
			for j := i + 1; j < len(forms); j++ {
				if plausibleVariants(forms[i], forms[j]) {
					out = append(out, NamePair{A: forms[i], B: forms[j], Same: true})
				}
			}
		}
		for _, f := range forms {
			ws := strings.Fields(f)
			last := strings.ToLower(ws[len(ws)-1])
			bySurname[last] = append(bySurname[last], f)
			surnameOwner[f] = id
		}
	}
	var keys []string
	for k := range bySurname {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	neg := 0
	for _, k := range keys {
		fs := bySurname[k]
		for i := 0; i < len(fs) && neg < maxNeg; i++ {
			for j := i + 1; j < len(fs) && neg < maxNeg; j++ {
				if surnameOwner[fs[i]] != surnameOwner[fs[j]] && len(strings.Fields(fs[i])) == len(strings.Fields(fs[j])) {
					out = append(out, NamePair{A: fs[i], B: fs[j], Same: false})
					neg++
				}
			}
		}
	}
	return out, sc.Err()
}

// plausibleVariants: the same number of words, each pair of words starting
// with the same consonant class (so "Musa Abu Marzuk" / "Musa Abu Marzouk"
// counts, "Abu Hafs Al-Masri" / "Subhi Abu Sitta" does not).
func plausibleVariants(a, b string) bool {
	pa, pb := names.Parts(a), names.Parts(b)
	if len(pa) != len(pb) || len(pa) == 0 {
		return false
	}
	for i := range pa {
		ka, kb := names.Skeleton(pa[i]), names.Skeleton(pb[i])
		if ka == "" || kb == "" || ka[0] != kb[0] {
			return false
		}
	}
	return true
}

// NameStats are the figures of a pair evaluation.
type NameStats struct {
	SamePairs, SameFound, DiffPairs, DiffApart int
	Missed, Merged                             []string
}

// Names runs names.Same over the pairs and keeps a sample of up to sample
// errors of each kind, spread evenly over the set (the sets are in file
// order, grouped by entity: the first errors would all be alike).
func Names(pairs []NamePair, sample int) NameStats {
	var st NameStats
	var missed, merged []string
	for _, p := range pairs {
		got := names.Same(p.A, p.B)
		if p.Same {
			st.SamePairs++
			if got {
				st.SameFound++
			} else {
				missed = append(missed, p.A+" / "+p.B)
			}
		} else {
			st.DiffPairs++
			if !got {
				st.DiffApart++
			} else {
				merged = append(merged, p.A+" / "+p.B)
			}
		}
	}
	st.Missed, st.Merged = spread(missed, sample), spread(merged, sample)
	return st
}

// spread picks n of xs at even steps, in order.
func spread(xs []string, n int) []string {
	if len(xs) <= n {
		return xs
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, xs[i*len(xs)/n])
	}
	return out
}

// PrintNames writes the figures.
func PrintNames(w io.Writer, label string, st NameStats) {
	fmt.Fprintf(w, "%s: same-name pairs recognised %d/%d = %.3f; different names kept apart %d/%d = %.3f\n", label,
		st.SameFound, st.SamePairs, float64(st.SameFound)/float64(max(1, st.SamePairs)),
		st.DiffApart, st.DiffPairs, float64(st.DiffApart)/float64(max(1, st.DiffPairs)))
	fmt.Fprintf(w, "  missed: %s\n  merged: %s\n", strings.Join(st.Missed, "; "), strings.Join(st.Merged, "; "))
}
