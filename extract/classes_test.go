package extract_test

import (
	"testing"

	"github.com/sitrep/sitrep/extract"
)

// TestClasses: a token's word classes say what the word lists say,
// words a list holds as false included ("forces" is no holder noun).
func TestClasses(t *testing.T) {
	for _, m := range extract.ClassMismatches() {
		t.Error(m)
	}
}
