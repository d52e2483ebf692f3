// Package rules holds copydesk's rule packs: YAML files of phrases, patterns
// and word lists that checks are built from, embedded in the binary, and the
// loader that validates them and merges users' own packs over them.
package rules

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/config"
	"gopkg.in/yaml.v3"
)

//go:embed packs/*.yaml
var embedded embed.FS

// Pack is one YAML file of entries for one or more rules.
type Pack struct {
	Name        string  `yaml:"name"`
	Description string  `yaml:"description"`
	Rule        string  `yaml:"rule"` // default rule of its entries
	Entries     []Entry `yaml:"entries"`
	Source      string  `yaml:"-"`
}

// Entry is one item of a pack. Exactly one of Phrases, Pattern, Line or Words is set:
//   - Phrases: literal phrases, matched on word boundaries, ignoring case unless Case is set;
//   - Pattern: an RE2 regular expression matched anywhere in a paragraph;
//   - Line: an RE2 regular expression a whole line (trimmed) must match;
//   - Words: a word list (exceptions, accepted vocabulary).
type Entry struct {
	ID         string   `yaml:"id"`
	Rule       string   `yaml:"rule"`
	Phrases    []string `yaml:"phrases"`
	Pattern    string   `yaml:"pattern"`
	Line       string   `yaml:"line"`
	Words      []string `yaml:"words"`
	Case       bool     `yaml:"case"`
	Scope      string   `yaml:"scope"`      // phrases: "line" (default) grows a match to its whole line when the line is residue; "phrase" keeps the match
	LongLines  int      `yaml:"long-lines"` // line patterns: tried on lines up to this many bytes (default 100; most residue lines are short)
	Suggest    []string `yaml:"suggest"`
	Safe       bool     `yaml:"safe"`
	Message    string   `yaml:"message"`
	Why        string   `yaml:"why"`
	Severity   string   `yaml:"severity"`
	Confidence float64  `yaml:"confidence"`
	Canonical  string   `yaml:"canonical"` // gazetteer: the house spelling of an entity
	Variants   []string `yaml:"variants"`  // gazetteer: other spellings of it (findings, fixed to the canonical)
	Aliases    []string `yaml:"aliases"`   // gazetteer: other names of it (findings only when the house style says so)
	OneName    bool     `yaml:"one-name"`  // gazetteer: the aliases are the name in another language or official form (Kiev, Türkiye); a document writing both is reported
	Trigger    []string `yaml:"trigger"`   // patterns: words one of which must occur for the pattern to be tried (a fast prefilter)
	Lang       string   `yaml:"lang"`      // source language of a calque or untranslated word, for the message
	Heading    bool     `yaml:"heading"`   // boilerplate: the line heads a list of links ("More on this story"); a short line after it goes too
	Fire       []string `yaml:"fire"`      // examples the entry must match (tested)
	Pass       []string `yaml:"pass"`      // examples it must not match (tested)

	Source string         `yaml:"-"` // "file:line"
	Re     *regexp.Regexp `yaml:"-"`
	// LineStart holds the bytes a line that Re matches can start with (nil:
	// any), for entries with a line pattern; see firstBytes.
	LineStart *ByteSet `yaml:"-"`
	// LineEnd holds the bytes such a line can end with (nil: any); see lastBytes.
	LineEnd *ByteSet `yaml:"-"`
	// MaxLen is the most bytes a match of Re can span, or -1 if unbounded
	// (see maxMatchLen).
	MaxLen int `yaml:"-"`
	// LineMax is the longest line a line pattern can match whole, or -1 if
	// unbounded: a longer line need not be tried.
	LineMax int `yaml:"-"`
}

// Set is every pack in force: the embedded ones, then the user's, an entry of
// a later pack replacing an earlier entry with the same ID.
type Set struct {
	Packs  []*Pack
	byRule map[string][]*Entry
}

// ForRule returns the entries for a rule, in pack order.
func (s *Set) ForRule(rule string) []*Entry { return s.byRule[rule] }

// Load reads the embedded packs and then the user's pack files.
func Load(userPacks []string) (*Set, error) {
	s := &Set{byRule: map[string][]*Entry{}}
	names, err := fs.Glob(embedded, "packs/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		raw, err := embedded.ReadFile(n)
		if err != nil {
			return nil, err
		}
		p, err := ParsePack("rules/"+n, raw)
		if err != nil {
			return nil, err
		}
		s.Packs = append(s.Packs, p)
	}
	for _, path := range userPacks {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, &config.Error{Path: path, Msg: "cannot read rule pack: " + strings.TrimPrefix(err.Error(), "open "+path+": ")}
		}
		p, err := ParsePack(path, raw)
		if err != nil {
			return nil, err
		}
		s.Packs = append(s.Packs, p)
	}
	s.index()
	return s, nil
}

func (s *Set) index() {
	pos := map[string]int{} // entry ID -> index in its rule's list
	for _, p := range s.Packs {
		for i := range p.Entries {
			e := &p.Entries[i]
			list := s.byRule[e.Rule]
			if e.ID != "" {
				if j, ok := pos[e.Rule+"\x00"+e.ID]; ok {
					list[j] = e // a user's entry overrides the embedded one with the same ID
					continue
				}
				pos[e.Rule+"\x00"+e.ID] = len(list)
			}
			s.byRule[e.Rule] = append(list, e)
		}
	}
}

// ParsePack reads and validates one pack; errors name the file and line.
func ParsePack(path string, raw []byte) (*Pack, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &config.Error{Path: path, Msg: "empty rule pack"}
		}
		return nil, config.YAMLError(path, err)
	}
	var p Pack
	strict := yaml.NewDecoder(bytes.NewReader(raw))
	strict.KnownFields(true)
	if err := strict.Decode(&p); err != nil {
		return nil, config.YAMLError(path, err)
	}
	p.Source = path
	entries := entryNodes(&root)
	for i := range p.Entries {
		e := &p.Entries[i]
		line := 0
		if i < len(entries) {
			line = entries[i].Line
		}
		e.Source = fmt.Sprintf("%s:%d", path, line)
		if e.Rule == "" {
			e.Rule = p.Rule
		}
		if err := validate(e); err != nil {
			return nil, &config.Error{Path: path, Line: line, Msg: err.Error()}
		}
	}
	return &p, nil
}

func entryNodes(root *yaml.Node) []*yaml.Node {
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value == "entries" && doc.Content[i+1].Kind == yaml.SequenceNode {
			return doc.Content[i+1].Content
		}
	}
	return nil
}

var ruleID = regexp.MustCompile(`^[a-z]+\.[a-z0-9-]+$`)

func validate(e *Entry) error {
	if !ruleID.MatchString(e.Rule) {
		return fmt.Errorf("entry has no valid rule ID (got %q; set rule: on the pack or the entry)", e.Rule)
	}
	kinds := 0
	for _, b := range []bool{len(e.Phrases) > 0, e.Pattern != "", e.Line != "", len(e.Words) > 0, e.Canonical != ""} {
		if b {
			kinds++
		}
	}
	if kinds != 1 {
		return errors.New("an entry needs exactly one of phrases, pattern, line, words or canonical")
	}
	for _, ph := range e.Phrases {
		if strings.TrimSpace(ph) == "" {
			return errors.New("empty phrase")
		}
	}
	for _, w := range e.Words {
		if strings.TrimSpace(w) == "" {
			return errors.New("empty word") // it would match everything, or nothing, depending on the check
		}
	}
	re := e.Pattern
	if e.Line != "" {
		re = `^(?:` + e.Line + `)$`
	}
	if re != "" {
		if !e.Case && !strings.HasPrefix(re, "(?") {
			re = "(?i)" + re
		}
		var err error
		if e.Re, err = regexp.Compile(re); err != nil {
			return fmt.Errorf("bad regular expression: %v", err)
		}
		if e.Line != "" {
			e.LineStart, e.LineEnd = firstBytes(re), lastBytes(re)
			body := e.Line // the pattern without the anchors, which make maxMatchLen give up
			if !e.Case && !strings.HasPrefix(body, "(?") {
				body = "(?i)" + body
			}
			e.LineMax = maxMatchLen(body)
		}
		e.MaxLen = maxMatchLen(re)
	}
	if e.OneName && (e.Canonical == "" || len(e.Aliases) == 0) {
		return errors.New("one-name: only for a gazetteer entity with aliases")
	}
	if e.LongLines < 0 || e.LongLines > 1000 || e.LongLines > 0 && e.Line == "" {
		return fmt.Errorf("long-lines %d: want a length in bytes up to 1000, for a line pattern", e.LongLines)
	}
	switch e.Scope {
	case "", "line", "phrase":
	default:
		return fmt.Errorf("scope %q: want line or phrase", e.Scope)
	}
	if e.Severity != "" {
		switch e.Severity {
		case "error", "warning", "info":
		default:
			return fmt.Errorf("severity %q: want error, warning or info", e.Severity)
		}
	}
	if e.Confidence < 0 || e.Confidence > 1 {
		return fmt.Errorf("confidence %v: want a number from 0 to 1", e.Confidence)
	}
	return nil
}
