//go:build !windows

package main

func configPath() string { return "/etc/demo.conf" }
