package checks

// wordMemo caches one yes/no answer per distinct spelling of a document
// (indexed by document.Token.Word): a check asks the word list or a pack
// about each spelling once, however often the word recurs.
type wordMemo uint8

const (
	memoUnknown wordMemo = iota // not asked yet
	memoNo
	memoYes
)
