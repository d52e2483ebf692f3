package checks

import "testing"

func TestUnbalancedQuote(t *testing.T) {
	runRuleCases(t, "mt.unbalanced-quote", []ruleCase{
		{text: "“At the instruction of Putin,” the ministry said. “The sides discussed current issues of cooperation in Syria.\n\nThe sides also discussed aid.",
			want: []string{"“The sides discussed current issues"}},
		{text: "He said “we will continue the fight.\n\n“And we will win,” he added.", want: nil},
		{text: "He said ”yes“ twice.", want: []string{"”", "“ twice"}},
		{text: "He said \"we will continue the fight.", want: []string{"\"we will continue the fight"}},
		{text: "He is 5'10\" tall and said \"fine\".", want: nil},
		// A quotation that ends in a number closes after it (MQM zh-en); an inch mark is followed by a word.
		{text: "He said: \"We welcome the visit on the basis of the consensus of 9/2\". Then he left.", want: nil},
		{text: "He is 5'10\" tall. She said \"we will go", want: []string{"\"we will go"}},
		// A straight quote opening a line of a paragraph opens too (a headline's line above it).
		{text: "Xinhua commentator\n\"Promoting modernization is a project. He spoke at length.", want: []string{"\"Promoting modernization is a project"}},
		{text: "Source ((TV)) and [[link]]", want: []string{"((TV))", "[[link]]"}, fixed: "Source (TV) and [link]"},
		{text: "Allah is Angry : ) and 1) first a) second (done)", want: nil},
		{text: "Log Out / Change )", want: []string{")"}},
		{text: "On Friday (February 10) afternoon, the U.S. military", want: nil},
		// Guillemets as menu separators are no quotation marks; pairs are.
		{text: "Home » World » Middle East\n\nRead more »", want: nil},
		{text: "He called it «a farce» and left. Then «he said", want: []string{"«he said"}},
	})
}

func TestQuotedName(t *testing.T) {
	runRuleCases(t, "mt.quoted-name", []ruleCase{
		{text: "On his side, “John Kerry” described his talks as fruitful.", want: []string{"“John Kerry”"}},
		{text: "a group called “Islamic State” and the term “Daesh” are used; he said “Yes”.", want: nil},
		{text: "He shouted “Allahu Akbar” Then left.", want: nil},
	})
}
