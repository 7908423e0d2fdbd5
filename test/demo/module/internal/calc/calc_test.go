package calc

import "testing"

func TestSum(t *testing.T) {
	if got := Sum(1, 2, 3); got != 6 {
		t.Fatalf("Sum = %d", got)
	}
}

func TestMax(t *testing.T) {
	if Max() != 0 || Max(3, 9, 2) != 9 {
		t.Fatal("Max")
	}
}
