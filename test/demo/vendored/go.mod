module example.com/demo/vendored

go 1.22

require example.com/greet v1.1.0
