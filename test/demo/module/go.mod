module example.com/demo

go 1.21

require (
	example.com/demo/leftover v1.2.0
	example.com/demo/winreg v1.0.0
	example.com/greet v1.1.0
)
