// Command demo is the module go-ci-gates' demo runs every gate on. It has a
// few deliberate problems; `npm start` shows what each gate says about them.
package main

import (
	"fmt"

	"example.com/demo/internal/calc"
	"example.com/demo/internal/report"
	"example.com/greet"
	"example.com/sbom/mitlib"
)

func main() {
	fmt.Println(greet.Hello("demo"), mitlib.Hello())
	fmt.Println(report.Line("sum", calc.Sum(1, 2, 3)))
	fmt.Println(configPath())
}
