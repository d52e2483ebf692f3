package document

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func collect(t *testing.T, paths []string, opts LoadOptions) []Item {
	t.Helper()
	var items []Item
	err := Walk(context.Background(), paths, opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return items
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func summary(items []Item) []string {
	var out []string
	for _, it := range items {
		if it.Err != nil {
			out = append(out, "ERR "+it.Err.Error())
		} else {
			out = append(out, it.Doc.Path+" id="+it.Doc.ID)
		}
	}
	return out
}

func TestWalkDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "Bee.")
	write(t, filepath.Join(dir, "a.md"), "Ay.")
	write(t, filepath.Join(dir, "skip.html"), "<p>no</p>")
	write(t, filepath.Join(dir, "sub", "c.txt"), "Sea.")
	write(t, filepath.Join(dir, "drafts", "d.txt"), "Dee.")
	write(t, filepath.Join(dir, ".git", "e.txt"), "hidden")
	got := summary(collect(t, []string{dir}, LoadOptions{Exclude: []string{"drafts/**"}}))
	want := []string{
		filepath.Join(dir, "a.md") + " id=a",
		filepath.Join(dir, "b.txt") + " id=b",
		filepath.Join(dir, "sub", "c.txt") + " id=c",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWalkErrorsGoOn(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "ok.txt"), "Fine text.")
	write(t, filepath.Join(dir, "img.txt"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	write(t, filepath.Join(dir, "utf16.txt"), "\xff\xfeh\x00i\x00")
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("a", 2000))
	items := collect(t, []string{filepath.Join(dir, "missing.txt"), dir}, LoadOptions{MaxSize: 1000})
	got := strings.Join(summary(items), "\n")
	for _, want := range []string{
		"missing.txt: no such file or directory",
		"big.txt: file is 2.0 KB, over the 1000 bytes limit (raise it with --max-size)",
		"img.txt: binary file (PNG image), not text",
		"utf16.txt: UTF-16 text (byte-order mark found); convert it to UTF-8 first",
		"ok.txt id=ok",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

func TestBinaryWithoutMagic(t *testing.T) {
	raw := make([]byte, 4096)
	for i := range raw {
		raw[i] = byte(i % 7)
	}
	if r := refuse(raw); !strings.HasPrefix(r, "binary file") {
		t.Errorf("refuse = %q", r)
	}
	if r := refuse([]byte("text with one stray \x00 NUL in a long enough line of prose to count as text")); r != "" {
		t.Errorf("a stray NUL made text binary: %q", r)
	}
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "batch.jsonl")
	write(t, p, `{"id":"a1","text":"First doc."}
not json
{"id":7,"body":"x"}
{"id":7,"text":"Numeric id."}

{"text":"No id."}
`)
	got := strings.Join(summary(collect(t, []string{p}, LoadOptions{})), "\n")
	want := strings.Join([]string{
		p + "#a1 id=a1",
		"ERR " + p + ":2: invalid JSON: invalid character 'o' in literal null (expecting 'u')",
		"ERR " + p + `:3: record has no "text" field (set --text-field)`,
		p + "#7 id=7",
		p + "#6 id=6",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestJSONLOverlongRecord(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	write(t, p, `{"id":"big","text":"`+strings.Repeat("x", 5000)+`"}`+"\n"+`{"id":"small","text":"ok"}`+"\n")
	got := strings.Join(summary(collect(t, []string{p}, LoadOptions{MaxSize: 1000})), "\n")
	if !strings.Contains(got, p+":1: record is over the 1000 bytes limit") || !strings.Contains(got, p+"#small id=small") {
		t.Errorf("got\n%s", got)
	}
}

func TestStdin(t *testing.T) {
	items := collect(t, []string{"-"}, LoadOptions{Stdin: strings.NewReader("Plain text from a pipe.")})
	if len(items) != 1 || items[0].Doc == nil || items[0].Doc.Path != "-" || items[0].Doc.ID != "stdin" {
		t.Fatalf("got %v", summary(items))
	}
	items = collect(t, []string{"-"}, LoadOptions{Stdin: strings.NewReader("\n{\"id\":\"r\",\"text\":\"JSONL on stdin\"}\n")})
	if len(items) != 1 || items[0].Doc == nil || items[0].Doc.Path != "stdin#r" {
		t.Fatalf("got %v", summary(items))
	}
}

func TestNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := strings.Join(summary(collect(t, []string{fifo}, LoadOptions{})), "\n")
	if !strings.Contains(got, "not a regular file (named pipe)") {
		t.Errorf("got %s", got)
	}
}

// TestNotUTF8Text: bytes that are mostly invalid UTF-8 (random data, text in
// a multi-byte legacy encoding) are refused with a reason; Latin-1 prose,
// whose accented letters are a few invalid bytes in a hundred, is checked.
func TestNotUTF8Text(t *testing.T) {
	random := make([]byte, 2000)
	x := uint32(2463534242)
	for i := range random {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		random[i] = byte(x)
	}
	gbk := []byte(strings.Repeat("\xd6\xd0\xb9\xfa\xd0\xc2\xce\xc5\xcd\xf8\xa1\xa3 ", 40)) // 中国新闻网。 in GBK
	for name, raw := range map[string][]byte{"random": random, "gbk": gbk} {
		if r := refuse(raw); !strings.Contains(r, "not UTF-8 text") && !strings.HasPrefix(r, "binary file") {
			t.Errorf("%s: refuse = %q", name, r)
		}
	}
	latin1 := []byte(strings.Repeat("Le caf\xe9 cr\xe8me et la cr\xe8me br\xfbl\xe9e sont servis \xe0 la terrasse. ", 20))
	if r := refuse(latin1); r != "" {
		t.Errorf("Latin-1 prose refused: %q", r)
	}
}
