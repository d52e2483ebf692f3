package main

import (
	"os"

	"golang.org/x/term"
)

func isatty(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// useColor: colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
func useColor(w any, flag bool) bool {
	if flag || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	return isTerminal(w)
}
