// Command vendored is the demo's second module: it commits vendor/, and one
// vendored file was edited by hand (vendor-consistency finds it).
package main

import (
	"fmt"

	"example.com/greet"
)

func main() { fmt.Println(message()) }

func message() string { return greet.Hello("vendor") }
