package ingest

import (
	"bytes"

	"golang.org/x/net/html"
)

// JSONDepth returns how deeply the arrays and objects of the JSON text b
// nest, counting no further than max+1. Bytes inside strings do not count;
// b need not be valid JSON.
func JSONDepth(b []byte, max int) int {
	depth, deepest := 0, 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			for i++; i < len(b) && b[i] != '"'; i++ {
				if b[i] == '\\' {
					i++
				}
			}
		case '{', '[':
			depth++
			if depth > deepest {
				if deepest = depth; deepest > max {
					return deepest
				}
			}
		case '}', ']':
			depth--
		}
	}
	return deepest
}

// xmlDepth returns how deeply the elements of the XML text b nest,
// counting no further than max+1. Comments, CDATA, declarations and
// processing instructions do not count, nor do quoted attribute values.
func xmlDepth(b []byte, max int) int {
	depth, deepest := 0, 0
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+1 >= len(b) {
			return deepest
		}
		b = b[i+1:]
		switch {
		case bytes.HasPrefix(b, []byte("!--")):
			b = skipPast(b, "-->")
			continue
		case bytes.HasPrefix(b, []byte("![CDATA[")):
			b = skipPast(b, "]]>")
			continue
		case b[0] == '?' || b[0] == '!':
			b = skipPast(b, ">")
			continue
		case b[0] == '/':
			depth--
			b = skipPast(b, ">")
			continue
		}
		// A start tag: up to its '>' outside quotes; "/>" closes it.
		var quote byte
		j := 0
		for ; j < len(b); j++ {
			c := b[j]
			if quote != 0 {
				if c == quote {
					quote = 0
				}
				continue
			}
			if c == '"' || c == '\'' {
				quote = c
			} else if c == '>' {
				break
			}
		}
		if j == len(b) {
			return deepest
		}
		if j == 0 || b[j-1] != '/' {
			depth++
			if depth > deepest {
				if deepest = depth; deepest > max {
					return deepest
				}
			}
		}
		b = b[j+1:]
	}
}

// skipPast returns b after the first end, or nothing.
func skipPast(b []byte, end string) []byte {
	i := bytes.Index(b, []byte(end))
	if i < 0 {
		return nil
	}
	return b[i+len(end):]
}

// htmlDepth returns how deeply the elements of a parsed page nest,
// counting no further than max+1.
func htmlDepth(root *html.Node, max int) int {
	type item struct {
		n     *html.Node
		depth int
	}
	deepest := 0
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth > deepest {
			if deepest = it.depth; deepest > max {
				return deepest
			}
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				stack = append(stack, item{c, it.depth + 1})
			}
		}
	}
	return deepest
}
