package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/copydesk/copydesk/checks"
	"github.com/copydesk/copydesk/config"
	"github.com/copydesk/copydesk/document"
	"github.com/copydesk/copydesk/rules"
)

// inputFlags are shared by every command that reads documents.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Usage: "configuration `FILE` (default: .copydesk.yaml found from the working directory upward)"},
		&cli.StringSliceFlag{Name: "include", Usage: "file name `GLOB` to read in directories (default *.txt, *.md)"},
		&cli.StringSliceFlag{Name: "exclude", Usage: "file name or relative path `GLOB` to skip"},
		&cli.StringFlag{Name: "input", Value: "auto", Usage: "input kind: auto, text or jsonl"},
		&cli.StringFlag{Name: "text-field", Value: "text", Usage: "JSONL field holding the text"},
		&cli.StringFlag{Name: "id-field", Value: "id", Usage: "JSONL field holding the record id"},
		&cli.StringFlag{Name: "max-size", Usage: "largest document to read, e.g. 64MB"},
		&cli.StringSliceFlag{Name: "rule", Usage: "run only rules matching `GLOB` (repeatable), e.g. typo.* or mt.spacing"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "documents checked in parallel (default: number of CPUs)"},
	}
}

// setup is what every command builds before it reads documents.
type setup struct {
	cfg    *config.Config
	engine *checks.Engine
	load   document.LoadOptions
	paths  []string
}

func loadSetup(c *cli.Context) (*setup, error) {
	var cfg *config.Config
	var err error
	switch p := c.String("config"); {
	case p != "":
		cfg, err = config.Load(p)
	default:
		if found := config.Find("."); found != "" {
			cfg, err = config.Load(found)
		} else {
			cfg = config.Default()
		}
	}
	if err != nil {
		return nil, fail(exitUsage, "%v", err)
	}
	var userPacks []string
	for _, p := range cfg.Packs {
		userPacks = append(userPacks, cfg.Resolve(p))
	}
	packs, err := rules.Load(userPacks)
	if err != nil {
		return nil, fail(exitUsage, "%v", err)
	}
	eng, err := checks.NewEngine(&checks.Setup{Config: cfg, Packs: packs}, c.StringSlice("rule"))
	if err != nil {
		return nil, fail(exitUsage, "%v", err)
	}
	maxSize := int64(0)
	for _, s := range []string{cfg.MaxSize, c.String("max-size")} {
		if s == "" {
			continue
		}
		if maxSize, err = parseSize(s); err != nil {
			return nil, fail(exitUsage, "max-size: %v", err)
		}
	}
	include := c.StringSlice("include")
	if len(include) == 0 {
		include = cfg.Include
	}
	exclude := append(append([]string{}, cfg.Exclude...), c.StringSlice("exclude")...)
	switch c.String("input") {
	case "auto", "text", "jsonl":
	default:
		return nil, fail(exitUsage, "--input %q: want auto, text or jsonl", c.String("input"))
	}
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return nil, fail(exitUsage, "no input: name files or directories, or - for standard input")
	}
	if flag := misplacedFlag(paths); flag != "" {
		return nil, fail(exitUsage, "%s after the paths: flags go before them (copydesk %s %s ... PATH...)", flag, c.Command.Name, flag)
	}
	return &setup{cfg: cfg, engine: eng, paths: paths, load: document.LoadOptions{
		Include: include, Exclude: exclude, TextField: c.String("text-field"), IDField: c.String("id-field"),
		MaxSize: maxSize, Input: c.String("input"), Stdin: c.App.Reader,
	}}, nil
}

// misplacedFlag is the first path argument that is a flag given after the
// paths (urfave/cli stops reading flags at the first path, so "check docs
// --rule typo.*" would look for a file named --rule), unless a file of that
// name exists.
func misplacedFlag(paths []string) string {
	for _, p := range paths[1:] {
		if len(p) > 1 && p[0] == '-' {
			if _, err := os.Stat(p); err != nil {
				name, _, _ := strings.Cut(p, "=")
				return name
			}
		}
	}
	return ""
}

// parseSize reads "64MB", "20M", "512KB" or a number of bytes.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, suf := range []struct {
		s string
		m int64
	}{{"GB", 1 << 30}, {"G", 1 << 30}, {"MB", 1 << 20}, {"M", 1 << 20}, {"KB", 1 << 10}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSpace(strings.TrimSuffix(u, suf.s)), suf.m
			break
		}
	}
	n, err := strconv.ParseFloat(u, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (e.g. 64MB)", s)
	}
	return int64(n * float64(mult)), nil
}

func (s *setup) walk(c *cli.Context) func(func(document.Item) error) error {
	return func(fn func(document.Item) error) error {
		return document.Walk(c.Context, s.paths, s.load, fn)
	}
}

func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	if !ok {
		return false
	}
	return isatty(file)
}
