// Package report is barely tested: coverage-gate fails it.
package report

import (
	"fmt"
	"strings"
)

// Line formats one labelled value.
func Line(label string, v int) string { return fmt.Sprintf("%s: %d", label, v) }

// Table formats rows as an aligned table.
func Table(rows [][2]string) string {
	width := 0
	for _, r := range rows {
		if len(r[0]) > width {
			width = len(r[0])
		}
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(r[0])
		b.WriteString(strings.Repeat(" ", width-len(r[0])+2))
		b.WriteString(r[1])
		b.WriteString("\n")
	}
	return b.String()
}

// Percent formats a ratio.
func Percent(n, d int) string {
	if d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", float64(n)*100/float64(d))
}
