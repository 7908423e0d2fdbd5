module github.com/go-ci-gates/licensecheck-oracle

go 1.22

require github.com/google/licensecheck v0.3.1
