package gazetteer

// Hooks for the external tests of unexported parts.

// StopWordCount is the number of English stop words.
var StopWordCount = len(stopWords)

// JoinedKey is the Key that loading computes, with its fast path for ASCII
// names.
func JoinedKey(name string) (string, error) {
	var scratch []byte
	return joinedKey(name, nil, &scratch)
}
