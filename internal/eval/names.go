package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/names"
	"github.com/copydesk/copydesk/rules"
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
	order, byEntity, err := readOFACPersons(path)
	if err != nil {
		return nil, err
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
	return out, nil
}

// OFACOtherPairs are the pairs of one person's spellings that
// plausibleVariants leaves out of OFACPairs: a different number of words or
// another initial, mostly other names (noms de guerre, a patronymic added or
// dropped). The bench README asks for them to be reported apart; a matcher of
// spellings is expected to join few of them.
func OFACOtherPairs(path string) ([]NamePair, error) {
	order, byEntity, err := readOFACPersons(path)
	if err != nil {
		return nil, err
	}
	var out []NamePair
	for _, id := range order {
		forms := byEntity[id]
		for i := 0; i < len(forms); i++ {
			for j := i + 1; j < len(forms); j++ {
				if forms[i] != forms[j] && !plausibleVariants(forms[i], forms[j]) {
					out = append(out, NamePair{A: forms[i], B: forms[j], Same: true})
				}
			}
		}
	}
	return out, nil
}

// readOFACPersons reads the running-text spellings of each person in
// variants.tsv, entities in file order.
func readOFACPersons(path string) (order []string, byEntity map[string][]string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	byEntity = map[string][]string{}
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
	return order, byEntity, sc.Err()
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

// Matcher decides whether two spellings are one name: names.Same (spelling
// alone) or CheckMatcher (what the names check does).
type Matcher func(a, b string) bool

// CheckMatcher is the names check's decision, with its guards (English
// names, the gazetteer) and its blocking, under the default configuration.
func CheckMatcher() (Matcher, error) {
	packs, err := rules.Load(nil)
	if err != nil {
		return nil, err
	}
	return checks.NameMatcher(&checks.Setup{Config: config.Default(), Packs: packs})
}

// Names runs same over the pairs and keeps a sample of up to sample
// errors of each kind, spread evenly over the set (the sets are in file
// order, grouped by entity: the first errors would all be alike).
func Names(pairs []NamePair, same Matcher, sample int) NameStats {
	var st NameStats
	var missed, merged []string
	for _, p := range pairs {
		got := same(p.A, p.B)
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
	fmt.Fprintf(w, "%s: same-name pairs recognised %d/%d = %.3f", label,
		st.SameFound, st.SamePairs, float64(st.SameFound)/float64(max(1, st.SamePairs)))
	if st.DiffPairs > 0 {
		fmt.Fprintf(w, "; different names kept apart %d/%d = %.3f", st.DiffApart, st.DiffPairs,
			float64(st.DiffApart)/float64(st.DiffPairs))
	}
	fmt.Fprintf(w, "\n  missed: %s\n", strings.Join(st.Missed, "; "))
	if st.DiffPairs > 0 {
		fmt.Fprintf(w, "  merged: %s\n", strings.Join(st.Merged, "; "))
	}
}

// ClusterStats are the figures of grouping a whole alias list at once, the
// way the names check groups a run's spellings: each spelling is compared
// with those that share a block key (names.BlockKeys) and linked when
// same accepts the pair; entities are the connected components.
type ClusterStats struct {
	Entities     int // persons with two or more spellings
	Whole        int // entities whose spellings all fall in one group
	Linked       int // spellings joined to at least one other spelling of their entity
	Spellings    int // spellings of those entities
	Merged       int // groups that hold spellings of two or more entities
	MergedShared int // of those, groups where two entities have one identical spelling (nothing can tell them apart)
	Examples     []string
}

// OFACClusters groups every running-text spelling of the persons in
// variants.tsv and reports how many entities come out whole and how many
// groups mix entities. Aliases that are other names (noms de guerre,
// patronymics left out) cannot be joined by spelling, so "whole" is a lower
// bound of what spelling can do.
func OFACClusters(path string, same Matcher, sample int) (ClusterStats, error) {
	order, spellings, err := readOFACPersons(path)
	if err != nil {
		return ClusterStats{}, err
	}
	var forms []string
	index := map[string]int{}
	owners := map[int]map[string]bool{} // spelling -> entities
	byEntity := map[string][]int{}      // entity -> its distinct spellings
	for _, id := range order {
		for _, form := range spellings[id] {
			i, ok := index[form]
			if !ok {
				i = len(forms)
				index[form] = i
				forms = append(forms, form)
				owners[i] = map[string]bool{}
			}
			if !owners[i][id] {
				owners[i][id] = true
				byEntity[id] = append(byEntity[id], i)
			}
		}
	}
	parent := make([]int, len(forms))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	blocks := map[string][]int{}
	for i, form := range forms {
		for _, k := range names.BlockKeys(form) {
			for _, j := range blocks[k] {
				if find(i) != find(j) && same(form, forms[j]) {
					parent[find(i)] = find(j)
				}
			}
			blocks[k] = append(blocks[k], i)
		}
	}
	var st ClusterStats
	for _, id := range order {
		fs := byEntity[id]
		if len(fs) < 2 {
			continue
		}
		st.Entities++
		st.Spellings += len(fs)
		whole := true
		for _, i := range fs {
			linked := false
			for _, j := range fs {
				if i != j && find(i) == find(j) {
					linked = true
				}
			}
			if linked {
				st.Linked++
			}
			whole = whole && find(i) == find(fs[0])
		}
		if whole {
			st.Whole++
		}
	}
	groups := map[int][]int{}
	for i := range forms {
		groups[find(i)] = append(groups[find(i)], i)
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	var mixed []string
	for _, r := range roots {
		ents := map[string]bool{}
		shared := false
		for _, i := range groups[r] {
			for e := range owners[i] {
				ents[e] = true
			}
			shared = shared || len(owners[i]) > 1
		}
		if len(ents) < 2 {
			continue
		}
		st.Merged++
		if shared {
			st.MergedShared++
			continue
		}
		var fs []string
		for _, i := range groups[r] {
			fs = append(fs, forms[i])
		}
		mixed = append(mixed, strings.Join(fs, " = "))
	}
	st.Examples = spread(mixed, sample)
	return st, nil
}

// PrintClusters writes the grouping figures.
func PrintClusters(w io.Writer, label string, st ClusterStats) {
	fmt.Fprintf(w, "%s, grouped at once: entities recovered whole %d/%d = %.3f; spellings joined to their entity %d/%d = %.3f; groups mixing entities %d (%d of them over one identical spelling)\n",
		label, st.Whole, st.Entities, float64(st.Whole)/float64(max(1, st.Entities)), st.Linked, st.Spellings,
		float64(st.Linked)/float64(max(1, st.Spellings)), st.Merged, st.MergedShared)
	fmt.Fprintf(w, "  mixed: %s\n", strings.Join(st.Examples, "; "))
}

// PairLabels are hand labels for pairs of a names set: "one" (one name
// written two ways: Kavanagh / Kavanaugh, Jeffery / Jeffrey), "two" (two
// names: Nicola / Nicole, Reuben / Robyn) or "unclear". ANETAC's groups
// join the English spellings of one Arabic spelling, so its "different"
// pairs hold some one-name pairs and its "same" pairs some two-name ones;
// the labels tell which errors are the data's and which copydesk's.
type PairLabels map[[2]string]string

// ReadPairLabels reads a labels file (a, b, label; header line).
func ReadPairLabels(path string) (PairLabels, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	labels := PairLabels{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 3 || c[2] != "one" && c[2] != "two" && c[2] != "unclear" {
			return nil, fmt.Errorf("%s:%d: want a<TAB>b<TAB>one|two|unclear, got %q", path, n, sc.Text())
		}
		labels[[2]string{c[0], c[1]}] = c[2]
	}
	return labels, sc.Err()
}

// MergeReview is the "apart" figure read with the hand labels.
type MergeReview struct {
	Merged     map[string]int // merged pairs by label
	Unlabelled []string       // merged pairs nobody has labelled yet
	// Apart and Pairs count the negatives not labelled "one": kept apart, in all.
	Apart, Pairs int
	// ApartClear and PairsClear leave out the "unclear" pairs as well.
	ApartClear, PairsClear int
}

// ReviewMerges runs same over the negatives of pairs and reads each
// merge with its label.
func ReviewMerges(pairs []NamePair, same Matcher, labels PairLabels) MergeReview {
	r := MergeReview{Merged: map[string]int{}}
	for _, p := range pairs {
		if p.Same {
			continue
		}
		label := labels[[2]string{p.A, p.B}]
		merged := same(p.A, p.B)
		if merged {
			if label == "" {
				r.Unlabelled = append(r.Unlabelled, p.A+" / "+p.B)
				label = "unlabelled"
			}
			r.Merged[label]++
		}
		if label != "one" {
			r.Pairs++
			if !merged {
				r.Apart++
			}
		}
		if label != "one" && label != "unclear" {
			r.PairsClear++
			if !merged {
				r.ApartClear++
			}
		}
	}
	return r
}

// PrintMergeReview writes the merges by label and the "apart" figure
// without the pairs that are one name.
func PrintMergeReview(w io.Writer, label string, r MergeReview) {
	fmt.Fprintf(w, "%s, merges by hand label: one name %d, two names %d, unclear %d, not labelled %d\n",
		label, r.Merged["one"], r.Merged["two"], r.Merged["unclear"], r.Merged["unlabelled"])
	fmt.Fprintf(w, "  kept apart without the pairs labelled one name: %d/%d = %.3f; without the unclear ones too: %d/%d = %.3f\n",
		r.Apart, r.Pairs, float64(r.Apart)/float64(max(1, r.Pairs)),
		r.ApartClear, r.PairsClear, float64(r.ApartClear)/float64(max(1, r.PairsClear)))
	if len(r.Unlabelled) > 0 {
		fmt.Fprintf(w, "  not labelled yet: %s\n", strings.Join(r.Unlabelled, "; "))
	}
}

// SameReview is the "same" figure read with hand labels for a random
// sample of the same-name pairs.
type SameReview struct {
	Found, Labelled map[string]int      // sampled pairs joined, and in all, by label
	Missed          map[string][]string // sampled pairs not joined, by label
	Unknown         []string            // labelled pairs the set does not hold as same-name pairs
}

// ReviewSame runs same over the positives of pairs that carry a label.
func ReviewSame(pairs []NamePair, same Matcher, labels PairLabels) SameReview {
	r := SameReview{Found: map[string]int{}, Labelled: map[string]int{}, Missed: map[string][]string{}}
	seen := map[[2]string]bool{}
	for _, p := range pairs {
		k := [2]string{p.A, p.B}
		label := labels[k]
		if !p.Same || label == "" || seen[k] {
			continue
		}
		seen[k] = true
		r.Labelled[label]++
		if same(p.A, p.B) {
			r.Found[label]++
		} else {
			r.Missed[label] = append(r.Missed[label], p.A+" / "+p.B)
		}
	}
	for k := range labels {
		if !seen[k] {
			r.Unknown = append(r.Unknown, k[0]+" / "+k[1])
		}
	}
	slices.Sort(r.Unknown)
	return r
}

// PrintSameReview writes the sampled same-name pairs joined, by label: the
// one-name line is copydesk's recall; the two-name line counts the set's
// errors that copydesk joins too.
func PrintSameReview(w io.Writer, label string, r SameReview) {
	n := 0
	for _, c := range r.Labelled {
		n += c
	}
	frac := func(l string) string {
		return fmt.Sprintf("%d/%d = %.3f", r.Found[l], r.Labelled[l], float64(r.Found[l])/float64(max(1, r.Labelled[l])))
	}
	fmt.Fprintf(w, "%s, a sample of %d same-name pairs labelled by hand: joined, of the pairs that are one name %s; two names %s; unclear %s\n",
		label, n, frac("one"), frac("two"), frac("unclear"))
	fmt.Fprintf(w, "  one name, missed: %s\n", strings.Join(r.Missed["one"], "; "))
	if len(r.Unknown) > 0 {
		fmt.Fprintf(w, "  labelled but not a same-name pair of the set: %s\n", strings.Join(r.Unknown, "; "))
	}
}
