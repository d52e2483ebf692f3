// Package config finds and reads the project configuration, .copydesk.yaml:
// which rules run and how severe they are, extra rule packs, accepted words.
package config

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileName is the configuration file looked for from the working directory upward.
const FileName = ".copydesk.yaml"

// Config is the project configuration. The zero value is the default.
type Config struct {
	Path string `yaml:"-"` // file it was read from, "" for defaults
	Dir  string `yaml:"-"` // folder relative paths are resolved against

	Language           string                 `yaml:"language"`            // main language of the documents; "auto" detects it
	Languages          []string               `yaml:"languages"`           // other languages allowed in documents (ISO 639-1 codes)
	LanguageCandidates []string               `yaml:"language-candidates"` // Latin-script languages foreign sentences are named among
	LanguageThreshold  float64                `yaml:"language-threshold"`  // lingua confidence a foreign sentence needs (default 0.6)
	MinForeignWords    int                    `yaml:"min-foreign-words"`   // shortest foreign sentence reported, in words (default 4)
	FailOn             string                 `yaml:"fail-on"`
	MinScore           *int                   `yaml:"min-score"`
	MaxFailing         string                 `yaml:"max-failing"` // documents that may fail the gate before the run does: "10" or "5%" (default 0)
	Rules              map[string]RuleSetting `yaml:"rules"`
	Packs              []string               `yaml:"packs"`
	Accept             []string               `yaml:"accept"`
	AcceptFile         string                 `yaml:"accept-file"`
	MaxSize            string                 `yaml:"max-size"`
	TimeBudget         string                 `yaml:"time-budget"` // how long one document may take, e.g. 30s (default 60s)
	MaxFindings        int                    `yaml:"max-findings"`
	HouseStyle         bool                   `yaml:"house-style"`       // names.variant: a spelling the gazetteer lists as a variant is a finding even alone
	ReportAliases      bool                   `yaml:"report-aliases"`    // names.alias: report an entity's other names (ISIL, Daesh) as findings, fixed to the canonical
	Spelling           string                 `yaml:"spelling"`          // typo.mixed-spelling: the house's variety (american, british, british-ize); "" follows each document's majority
	Abbreviations      string                 `yaml:"abbreviations"`     // format.mixed-abbreviation: the house's form (dotted: U.S.; plain: US); "" follows each document's majority
	QuotePunctuation   string                 `yaml:"quote-punctuation"` // format.quote-punctuation: american puts a comma or full stop inside the closing quote; "" reports nothing
	Include            []string               `yaml:"include"`
	Exclude            []string               `yaml:"exclude"`

	acceptWords map[string]bool
	acceptRes   []*regexp.Regexp
}

// RuleSetting turns a rule (or a glob of rules, "typo.*") off or sets its severity.
type RuleSetting struct {
	Value string // off, error, warning or info
	Line  int    // line in the config file, for error messages
}

// UnmarshalYAML keeps the line of each setting so a bad rule ID can be reported where it was written.
func (r *RuleSetting) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a rule takes off, error, warning or info", n.Line)
	}
	v := strings.ToLower(n.Value)
	switch v {
	case "off", "false", "none", "error", "warning", "info":
	default:
		return fmt.Errorf("line %d: rule setting %q: want off, error, warning or info", n.Line, n.Value)
	}
	if v == "false" || v == "none" {
		v = "off"
	}
	r.Value, r.Line = v, n.Line
	return nil
}

// Error is a configuration problem, with the file and line where it was found.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// YAMLError turns a yaml.v3 error into Errors naming the file and line.
func YAMLError(path string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		err = errors.New(te.Errors[0])
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		var line int
		fmt.Sscan(m[1], &line)
		return &Error{Path: path, Line: line, Msg: m[2]}
	}
	return &Error{Path: path, Msg: msg}
}

// Find looks for FileName in dir and its parents; "" when there is none.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Default is the configuration used when no file is found.
func Default() *Config {
	c := &Config{Language: "en"}
	_ = c.compile()
	return c
}

// Load reads a configuration file.
func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: "cannot read: " + describe(err)}
	}
	return Parse(path, raw)
}

// Parse reads configuration from bytes; path names the source in errors.
func Parse(path string, raw []byte) (*Config, error) {
	c := &Config{}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, errEOF(err)) {
		return nil, YAMLError(path, err)
	}
	c.Path = path
	c.Dir = filepath.Dir(path)
	if c.Language == "" {
		c.Language = "en"
	}
	if c.LanguageThreshold < 0 || c.LanguageThreshold > 1 {
		return nil, &Error{Path: path, Msg: fmt.Sprintf("language-threshold: %v: want a number from 0 to 1", c.LanguageThreshold)}
	}
	switch c.Spelling {
	case "", "american", "british", "british-ize":
	default:
		return nil, &Error{Path: path, Msg: fmt.Sprintf("spelling: %q: want american, british or british-ize", c.Spelling)}
	}
	switch c.Abbreviations {
	case "", "dotted", "plain":
	default:
		return nil, &Error{Path: path, Msg: fmt.Sprintf("abbreviations: %q: want dotted (U.S.) or plain (US)", c.Abbreviations)}
	}
	switch c.QuotePunctuation {
	case "", "american":
	default:
		return nil, &Error{Path: path, Msg: fmt.Sprintf("quote-punctuation: %q: want american (a comma or full stop inside the closing quote)", c.QuotePunctuation)}
	}
	if c.FailOn != "" {
		switch c.FailOn {
		case "error", "warning", "info", "none":
		default:
			return nil, &Error{Path: path, Msg: fmt.Sprintf("fail-on: %q: want error, warning, info or none", c.FailOn)}
		}
	}
	if c.MaxFailing != "" {
		if _, err := ParseAllowance(c.MaxFailing); err != nil {
			return nil, &Error{Path: path, Msg: "max-failing: " + err.Error()}
		}
	}
	if err := c.compile(); err != nil {
		return nil, err
	}
	return c, nil
}

// errEOF lets an empty file be a valid, default configuration.
func errEOF(err error) error {
	if err != nil && err.Error() == "EOF" {
		return err
	}
	return errors.New("not EOF")
}

func describe(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// compile builds the accept-list: plain words match whole tokens exactly (case
// folded only when written in lower case); /regexp/ entries match whole tokens.
func (c *Config) compile() error {
	c.acceptWords = map[string]bool{}
	add := func(where string, line int, w string) error {
		w = strings.TrimSpace(w)
		if w == "" || strings.HasPrefix(w, "#") {
			return nil
		}
		if len(w) > 2 && strings.HasPrefix(w, "/") && strings.HasSuffix(w, "/") {
			re, err := regexp.Compile("^(?:" + w[1:len(w)-1] + ")$")
			if err != nil {
				return &Error{Path: where, Line: line, Msg: fmt.Sprintf("accept: bad regular expression %s: %v", w, err)}
			}
			c.acceptRes = append(c.acceptRes, re)
			return nil
		}
		c.acceptWords[w] = true
		return nil
	}
	for _, w := range c.Accept {
		if err := add(c.Path, 0, w); err != nil {
			return err
		}
	}
	if c.AcceptFile != "" {
		p := c.Resolve(c.AcceptFile)
		f, err := os.Open(p)
		if err != nil {
			return &Error{Path: c.Path, Msg: fmt.Sprintf("accept-file %s: %s", c.AcceptFile, describe(err))}
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if err := add(p, n, sc.Text()); err != nil {
				return err
			}
		}
	}
	return nil
}

// Resolve makes a path from the configuration relative to the configuration's folder.
func (c *Config) Resolve(p string) string {
	if filepath.IsAbs(p) || c.Dir == "" {
		return p
	}
	return filepath.Join(c.Dir, p)
}

// Accepts reports whether a token is on the accept-list. A word written in lower
// case accepts any capitalisation; one with capitals accepts exactly that form.
func (c *Config) Accepts(tok string) bool {
	if len(c.acceptWords) == 0 && len(c.acceptRes) == 0 {
		return false
	}
	if c.acceptWords[tok] || c.acceptWords[strings.ToLower(tok)] {
		return true
	}
	for _, re := range c.acceptRes {
		if re.MatchString(tok) {
			return true
		}
	}
	return false
}
