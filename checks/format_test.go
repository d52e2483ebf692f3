package checks

import "testing"

func TestNBSP(t *testing.T) {
	runRuleCases(t, "format.nbsp", []ruleCase{
		{text: "Russian Defense Minister\u00a0Sergei Shoigu\u00a0on Tuesday.",
			want:  []string{"Minister\u00a0Sergei", "Shoigu\u00a0on"},
			fixed: "Russian Defense Minister Sergei Shoigu on Tuesday."},
		{text: "information \u00a0 about it", want: []string{"information \u00a0 about"}, fixed: "information about it"},
		{text: "Log\u00a0Out\u00a0/\u00a0 Change\u00a0)", want: []string{"Log\u00a0Out\u00a0/\u00a0 Change\u00a0)"}, fixed: "Log Out / Change )"},
		{text: "in Syria.\u00a0 \u00a0 \nNext", want: []string{"\u00a0 \u00a0 "}, fixed: "in Syria.\nNext"},
		{text: "It is 10\u00a0km away on 9\u00a0August.", want: nil},
		{text: "Plain text with plain spaces.", want: nil},
	})
}

func TestDoubleSpace(t *testing.T) {
	runRuleCases(t, "format.double-space", []ruleCase{
		{text: "one  two", want: []string{"  "}, fixed: "one two"},
		{text: "    indented line\ntrailing   \n", want: nil},
		{text: "col1\t  col2", want: nil},
	})
}

func TestControlChar(t *testing.T) {
	runRuleCases(t, "format.control-char", []ruleCase{
		{text: "zero\u200bwidth and soft\u00adhyphen", want: []string{"\u200b", "\u00ad"}, fixed: "zerowidth and softhyphen"},
		{text: "nul\x00byte", want: []string{"\x00"}, fixed: "nulbyte"},
		{text: "bidi \u202e\u202c override", want: []string{"\u202e\u202c"}},
		{text: "\ufeffBOM at the start is fine", want: nil},
		{text: "Persian می\u200cخواهم keeps its joiner", want: nil},
		{text: "lost \ufffd char", want: []string{"\ufffd"}},
	})
}

func TestMojibake(t *testing.T) {
	runRuleCases(t, "format.mojibake", []ruleCase{
		{text: "each otherâ€™s ears", want: []string{"â€™"}, fixed: "each other’s ears"},
		{text: "cafÃ© and Ã¼ber", want: []string{"Ã©", "Ã¼"}, fixed: "café and über"},
		{text: "â€œquotedâ€\u009d", want: []string{"â€œ", "â€\u009d"}, fixed: "“quoted”"},
		{text: "Ãlvaro, Âge, Ça va, São Paulo, Zürich", want: nil},
	})
}

func TestEncoding(t *testing.T) {
	runRuleCases(t, "format.invalid-utf8", []ruleCase{
		{text: "caf\xe9 au lait \xff\xfe", want: []string{"\xe9", "\xff\xfe"}},
		{text: "valid café", want: nil},
	})
	runRuleCases(t, "format.empty-document", []ruleCase{
		{text: "", want: []string{""}},
		{text: "  \n\u00a0\n 42 $", want: []string{""}},
		{text: "Words.", want: nil},
	})
}
