//go:build windows

package main

import "example.com/demo/winreg"

// Only Windows builds import winreg, so a Linux CI never notices that its
// go.sum lines are missing. readonly-list does.
func configPath() string { return winreg.Key(`Software\Demo`) }
