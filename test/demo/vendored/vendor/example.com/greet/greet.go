// Package greet says hello (v1.1.0).
package greet

// Hello returns a greeting for name.
func Hello(name string) string { return "hello from a hand-edited vendor/, " + name }
