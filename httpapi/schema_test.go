package httpapi_test

import (
	"strings"
	"testing"
)

// checker checks JSON values against the schemas of an OpenAPI document:
// required properties present, types of the declared properties, items of
// arrays, $refs followed.
type checker struct {
	t    *testing.T
	spec map[string]any
}

func newChecker(t *testing.T, spec map[string]any) *checker { return &checker{t, spec} }

// path checks v against the 200 response of method on path.
func (c *checker) path(v any, path, method string) {
	c.t.Helper()
	op, ok := c.spec["paths"].(map[string]any)[path].(map[string]any)[method].(map[string]any)
	if !ok {
		c.t.Fatalf("openapi: no %s %s", method, path)
	}
	schema := op["responses"].(map[string]any)["200"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["schema"]
	c.value(v, schema.(map[string]any), path)
}

func (c *checker) resolve(s map[string]any) map[string]any {
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/components/schemas/")
		return c.spec["components"].(map[string]any)["schemas"].(map[string]any)[name].(map[string]any)
	}
	return s
}

func (c *checker) value(v any, s map[string]any, at string) {
	c.t.Helper()
	s = c.resolve(s)
	if v == nil {
		if n, _ := s["nullable"].(bool); !n && s["type"] != nil {
			c.t.Errorf("%s: null, but the schema does not allow it", at)
		}
		return
	}
	switch s["type"] {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			c.t.Errorf("%s: got %T, want an object", at, v)
			return
		}
		req, _ := s["required"].([]any)
		for _, r := range req {
			if _, ok := m[r.(string)]; !ok {
				c.t.Errorf("%s: required property %q missing", at, r)
			}
		}
		props, _ := s["properties"].(map[string]any)
		for k, pv := range m {
			if ps, ok := props[k].(map[string]any); ok {
				c.value(pv, ps, at+"."+k)
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			c.t.Errorf("%s: got %T, want an array", at, v)
			return
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, x := range a {
				if i < 20 {
					c.value(x, items, at+"[]")
				}
			}
		}
	case "string":
		if _, ok := v.(string); !ok {
			c.t.Errorf("%s: got %T, want a string", at, v)
		}
	case "integer", "number":
		if _, ok := v.(float64); !ok {
			c.t.Errorf("%s: got %T, want a number", at, v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			c.t.Errorf("%s: got %T, want a boolean", at, v)
		}
	}
}

// The checker fails a response that lacks a required property or has a
// wrong type: it is a test that can fail.
func TestCheckerCatches(t *testing.T) {
	spec := map[string]any{"components": map[string]any{"schemas": map[string]any{
		"X": map[string]any{"type": "object", "required": []any{"id"}, "properties": map[string]any{"n": map[string]any{"type": "integer"}}},
	}}}
	for _, v := range []any{map[string]any{"n": 1.0}, map[string]any{"id": "a", "n": "one"}} {
		inner := &testing.T{}
		c := newChecker(inner, spec)
		done := make(chan struct{})
		go func() {
			defer close(done)
			c.value(v, map[string]any{"$ref": "#/components/schemas/X"}, "x")
		}()
		<-done
		if !inner.Failed() {
			t.Errorf("%v passed the schema, want a failure", v)
		}
	}
}
