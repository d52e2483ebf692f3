package checks

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/names"
	"github.com/copydesk/copydesk/rules"
)

func TestNamesWithinDocument(t *testing.T) {
	runRuleCases(t, "names.variant", []ruleCase{
		{text: "The ISIS group lost. How many ISUS fighters remain? ISUS is weak. ISIS said.", want: []string{"ISUS", "ISUS"}, fixed: "The ISIS group lost. How many ISIS fighters remain? ISIS is weak. ISIS said."},
		{text: "the fight against al-Daesh. Organized Daesh terrorist. Daesh fled. They fought al-Daesh.", want: []string{"al-Daesh", "al-Daesh"}},
		{text: "Muammar Qadhafi spoke. Later Muammar Gaddafi left.", want: []string{"Muammar Qadhafi", "Muammar Gaddafi"}},
		{text: "Iran and Iraq met. Syria and the Syrian army. Saudi Arabia and the Saud family. Russia and Russian troops.", want: nil},
		{text: "Ahmad met Mahmoud. Austria and Australia. President Assad and Bashar Assad met nobody.", want: nil},
		{text: "Osman Ghanmi met Uthman Ghanmi and Ghanim Ghanmi.", want: []string{"Osman Ghanmi", "Uthman Ghanmi"}},
		// b/p and g/k are one letter in transliteration (Arabic has no p), not between two common English names.
		{text: "Secretary Pompeo arrived. Bombeo said the talks went well.", want: []string{"Pompeo", "Bombeo"}},
		// A possessive is not part of the name: Macau is written twice, Macao once.
		{text: "Macau's casinos reopened. Macao is quiet. Macau said so.", want: []string{"Macao"}},
		{text: "Macao's casinos reopened. Macau is quiet. Macau said so.", want: []string{"Macao"}},
		{text: "ISUS's fighters fled. ISIS said so.", want: []string{"ISUS"}, fixed: "ISIS's fighters fled. ISIS said so."},
		// Ukrainian h is Russian g in a Slavic name; the two spellings must meet under one block key.
		{text: "Oleh Tsaryov said so. Then Oleg Tsaryov left.", want: []string{"Oleh Tsaryov", "Oleg Tsaryov"}},
		// The gazetteer's places: a variant is reported with the house spelling; an alias (the Russian
		// name of a Ukrainian city) only when the house asks.
		{text: "Shelling hit Zaporizhia overnight. The Zaporizhzhia plant is safe, officials in Zaporizhzhia said.", want: []string{"Zaporizhia"}, fixed: "Shelling hit Zaporizhzhia overnight. The Zaporizhzhia plant is safe, officials in Zaporizhzhia said."},
		{text: "Troops left Idleb. Idlib is calm.", want: []string{"Idleb"}},
		{text: "The Odessa port reopened. Odesa officials said so.", want: nil},
		// A spelling joined to the preferred one only through another (Greene ~ Gurin ~ Korean; Greene
		// and Korean are two names) is not reported against it.
		{text: "The Korean team won. Korean fans cheered. Gurin scored. Greene missed.", want: []string{"Gurin"}},
		// Not names: code identifiers, English words that look like Arabic articles, acronyms that differ
		// in a letter or a short vowel, shouted English words, two common English family names after one
		// first name, an acronym's plural.
		{text: "IntFlag and UintFlag parse flags. UintFlag is unsigned. Int64 and Uint64 too.", want: nil},
		{text: "An ASCII table lists the ASCII codes. As CCM does, GCM signs.", want: nil},
		{text: "The ABI and the API differ. US and OS. EN and IN. The SMB and SMP modes.", want: nil},
		{text: "LONG LIVE THE KING. The LANG variable. LOVE IS ALL.", want: nil},
		{text: "Kevin Smith spoke. Kevin Thomas replied. Ryan Cole and Ryan Kelly left.", want: nil},
		{text: "Two PRs landed in Paris. The TTYs and Tis.", want: nil},
		// A decomposed accent is the same spelling (format.decomposed-accent reports the bytes).
		{text: "Felix Geisend\u00f6rfer spoke. Later Felix Geisendo\u0308rfer left.", want: nil},
		// Copy that drops the carons spells the name a second way.
		{text: "President Aleksandar Vučić spoke in Belgrade. Later Vucic said the talks went well.", want: []string{"Vucic"}},
		// Look-alike places the gazetteer lists as two entities are never joined by spelling.
		{text: "Mali and Malawi signed. Guinea and Guyana met. Troops left Shaanxi for Shanxi.", want: nil},
		{text: "Xi'an is in Shaanxi Province. Taiyuan is in Shanxi Province.", want: nil},
		{text: "Parker met Barker. Gary Hart and Cary Hart spoke. Craig met Greg.", want: nil},
		// Two common English names whose consonants are written differently (joined by p/b, ts/s and a vowel).
		{text: "The Brits flew to Paris. The Brits stayed in Paris for a week.", want: nil},
		// Any two one-word names English knows commonly are two names; a full name still confirms a variant.
		{text: "The Korean embassy condemned the burning of a Koran. Kent police quoted Kant.", want: nil},
		{text: "Malay Muslims marched to the border with Mali. Lindsay spoke. Lindsey said no.", want: nil},
		{text: "Mohammed Ali spoke. Later Muhammad Ali left.", want: []string{"Mohammed Ali", "Muhammad Ali"}},
		// A family name alone, spelled otherwise than in the full name the document gives.
		{text: "Russian Defence Minister Sergei Shoigu arrived. Later Shoygu said the talks were useful.", want: []string{"Shoygu"}},
		{text: "Former leader Hans Modrow spoke. Modero said the wall fell.", want: []string{"Modero"}},
		// Not: the article alone, a place or body with an English word in it, a name alone the document uses more.
		{text: "President Bashar al-Assad spoke. Assad left.", want: nil},
		{text: "They stayed at the Galaxy Macau resort. Macao is quiet.", want: nil},
		{text: "Sergei Shoigu arrived. Shoygu said so. Shoygu left. Shoygu returned.", want: nil},
		// A capital that opens a sentence is no other spelling: al-Sudani and Al-Sudani count as one, and
		// the bare name is the variant, fixed to the form written in running text.
		{text: "The office said al-Sudani spoke. Sudani met the delegation. Al-Sudani took office in 2022.",
			want: []string{"Sudani"}, fixed: "The office said al-Sudani spoke. Sudani met the delegation. Al-Sudani took office in 2022."},
	})
}

// TestNamesOneName: a story that names a place by its canonical name and by
// an alias that is the same name in another language (Kiev for Kyiv) or a
// country's other official name is reported, unless it gives the alias as
// such; aliases alone, and other entities' aliases (ISIL), are the house's.
func TestNamesOneName(t *testing.T) {
	runRuleCases(t, "names.alias", []ruleCase{
		{text: "Shelling hit Kyiv overnight. Officials in Kiev said the air defence worked.", want: []string{"Kiev"},
			fixed: "Shelling hit Kyiv overnight. Officials in Kyiv said the air defence worked."},
		{text: "Turkey said so. Later Türkiye denied it, and Turkey agreed.", want: []string{"Türkiye"}},
		{text: "Officials in Kiev said the air defence worked. Kiev is calm.", want: nil},
		{text: "Shelling hit Kyiv (Kiev in Russian) overnight. Kyiv is calm. Eswatini, formerly Swaziland, voted.", want: nil},
		{text: "Myanmar, also known as Burma, voted. Myanmar is poor.", want: nil},
		{text: "ISIS fighters fled. ISIL said so.", want: nil},
		{text: "Troops left Bakhmut, called Artemivsk in Soviet times. Artemivsk was renamed in 2016.", want: nil},
	})
}

// TestNamesAcrossDocuments: the corpus pass reports spellings that differ between documents.
func TestNamesAcrossDocuments(t *testing.T) {
	e := testEngine(t, "names.*")
	docs := []string{
		"On June 13, the Chief of Staff of the Iraqi Army General, Osman Al-Ghanmi, met a delegation.",
		"The Army Chief of Staff Gen. Othman al-Ghanemi met on Tuesday a delegation.",
		"Nothing to see here about Saud and Saudi Arabia.",
		// Common English names in two documents: two places, a philosopher, two people.
		"Kent police said the Korean delegation met Lindsay.",
		"The philosopher Kant never read a Koran, Lindsey said.",
	}
	var items []document.Item
	for i, text := range docs {
		p := string(rune('a'+i)) + ".txt"
		items = append(items, document.Item{Path: p, Doc: document.New(p, p, []byte(text))})
	}
	results, err := e.RunAll(context.Background(), 2, walkItems(items))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range results {
		for _, f := range r.Findings {
			got = append(got, r.Path+":"+f.Text)
			if len(f.Related) == 0 {
				t.Errorf("%s: no related location", f.Text)
			}
		}
	}
	if strings.Join(got, "|") != "a.txt:Osman Al-Ghanmi|b.txt:Othman al-Ghanemi" {
		t.Errorf("got %q", got)
	}
}

func TestNamesHouseStyle(t *testing.T) {
	cfg := config.Default()
	cfg.HouseStyle = true
	cfg.ReportAliases = true
	got := nameFixes(t, cfg, nil, "names.*", "Bashar Assad met ISIL envoys in Deir Ezzor.")
	want := "names.variant:Bashar Assad->Bashar al-Assad|names.alias:ISIL->ISIS|names.variant:Deir Ezzor->Deir el-Zour"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestNamesHousePackPicksAlias: a house pack entry with the built-in id
// replaces it, so a publication that writes "Islamic State" makes ISIS and
// ISIL the aliases reported and fixed.
func TestNamesHousePackPicksAlias(t *testing.T) {
	pack := filepath.Join(t.TempDir(), "house.yaml")
	if err := os.WriteFile(pack, []byte("rule: names.alias\nentries:\n  - {id: isis, canonical: Islamic State, aliases: [ISIS, ISIL, IS, Daesh]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.ReportAliases = true
	got := nameFixes(t, cfg, []string{pack}, "names.alias", "ISIS fighters fled. The Islamic State said so. ISIL denied it.")
	if want := "names.alias:ISIS->Islamic State|names.alias:ISIL->Islamic State"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// nameFixes checks text with the built-in packs plus userPacks and returns
// each finding as rule:text->first fix, joined by |.
func nameFixes(t *testing.T, cfg *config.Config, userPacks []string, rule, text string) string {
	t.Helper()
	packs, err := rules.Load(userPacks)
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEngine(&Setup{Config: cfg, Packs: packs}, []string{rule})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range findingsFor(t, e, text) {
		got = append(got, f.Rule+":"+f.Text+"->"+f.Fixes[0].Replacement)
	}
	return strings.Join(got, "|")
}

// TestNamesRelatedInOrder: a finding's other spellings and related places
// come in spelling order, so reports are the same from run to run (they
// followed map order, and Related keeps only five places).
func TestNamesRelatedInOrder(t *testing.T) {
	e := testEngine(t, "names.*")
	text := "Qadhafi spoke. Gaddafi spoke. Kadafi spoke. Qaddafi spoke. Gadhafi spoke. Qadhafi again. Gaddafi again."
	var first string
	for run := 0; run < 8; run++ {
		d := document.New("a.txt", "a", []byte(text))
		res := e.CheckDocument(context.Background(), d)
		var b strings.Builder
		for _, f := range res.Findings {
			for i, r := range f.Related {
				if i > 0 && f.Related[i-1].Text > r.Text {
					t.Fatalf("%s: related spellings out of order: %q before %q", f.Text, f.Related[i-1].Text, r.Text)
				}
				fmt.Fprintf(&b, "%s@%d ", r.Text, r.Offset)
			}
			b.WriteString("| ")
		}
		if run == 0 {
			first = b.String()
			if len(res.Findings) < 3 {
				t.Fatalf("want findings on the variants, got %d", len(res.Findings))
			}
		} else if b.String() != first {
			t.Fatalf("run %d differs:\n%s\n%s", run, b.String(), first)
		}
	}
}

// TestNameMatcher: the pair decision the evaluation measures is the check's,
// guards included: the gazetteer joins aliases spelling cannot, and keeps
// apart what it lists as two entities; two one-word names English knows
// commonly are two names even where names.Same would join them.
func TestNameMatcher(t *testing.T) {
	packs, err := rules.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	same, err := NameMatcher(&Setup{Config: config.Default(), Packs: packs})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a, b     string
		want     bool
		spelling bool // names.Same's answer, to show which guard decides
	}{
		{"Osman Al-Ghanmi", "Othman al-Ghanemi", true, true},
		{"Gaddafi", "Qadhafi", true, true},
		{"ISIL", "ISIS", true, false},       // gazetteer aliases
		{"Kent", "Kant", false, true},       // two English names
		{"Lindsay", "Lindsey", false, true}, // two English names
		{"Guinea", "Guyana", false, true},   // the gazetteer lists two entities
		{"Shaanxi Province", "Shanxi Province", false, true},
		{"Iran", "Iraq", false, false},
	} {
		if got := same(tc.a, tc.b); got != tc.want {
			t.Errorf("NameMatcher(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := names.Same(tc.a, tc.b); got != tc.spelling {
			t.Errorf("names.Same(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.spelling)
		}
	}
}
