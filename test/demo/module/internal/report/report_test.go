package report

import "testing"

func TestLine(t *testing.T) {
	if Line("a", 1) != "a: 1" {
		t.Fatal("Line")
	}
}
