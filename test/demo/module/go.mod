module example.com/demo

go 1.22

require (
	example.com/demo/leftover v1.2.0
	example.com/demo/winreg v1.0.0
	example.com/greet v1.1.0
	example.com/sbom/mitlib v1.0.0
)

require example.com/sbom/apachelib v1.2.0 // indirect

