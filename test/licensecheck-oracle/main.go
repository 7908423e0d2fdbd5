// Command licensecheck-oracle reports, for each module directory named on the
// command line, the license files at its root and what github.com/google/licensecheck
// makes of them, the way pkgsite uses it: licensecheck.Scan on each file whose
// name is on pkgsite's list (compared case-insensitively), a file with less than
// 75% coverage is UNKNOWN, otherwise its type is the set of matched license ids.
// The tests and test/bench/license-agreement.ts use it as a differential oracle
// for the TypeScript detector in packages/core/src/sbom.
//
// Output: one JSON object per directory, one per line.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/google/licensecheck"
)

// coverageThreshold is pkgsite's: below it a file is UNKNOWN.
const coverageThreshold = 75

// fileNames is pkgsite's list (golang.org/x/pkgsite/internal/licenses.FileNames).
var fileNames = []string{
	"COPYING", "COPYING.md", "COPYING.markdown", "COPYING.txt",
	"LICENCE", "LICENCE.md", "LICENCE.markdown", "LICENCE.txt",
	"LICENSE", "LICENSE.md", "LICENSE.markdown", "LICENSE.txt",
	"LICENSE-2.0.txt", "LICENCE-2.0.txt", "LICENSE-APACHE", "LICENCE-APACHE",
	"LICENSE-APACHE-2.0.txt", "LICENCE-APACHE-2.0.txt", "LICENSE-MIT", "LICENCE-MIT",
	"LICENSE.MIT", "LICENCE.MIT", "LICENSE.code", "LICENCE.code", "LICENSE.docs", "LICENCE.docs",
	"LICENSE.rst", "LICENCE.rst", "MIT-LICENSE", "MIT-LICENCE", "MIT-LICENSE.md", "MIT-LICENCE.md",
	"MIT-LICENSE.markdown", "MIT-LICENCE.markdown", "MIT-LICENSE.txt", "MIT-LICENCE.txt",
	"MIT_LICENSE", "MIT_LICENCE", "UNLICENSE", "UNLICENCE",
}

type fileResult struct {
	Name    string   `json:"name"`
	Percent float64  `json:"percent"`
	IDs     []string `json:"ids"` // distinct ids in file order; ["UNKNOWN"] below the threshold
	Matches []string `json:"matches"`
}

type dirResult struct {
	Dir   string       `json:"dir"`
	Files []fileResult `json:"files"`
	// Expression is the distinct ids of every file, sorted and joined with AND;
	// NOASSERTION when there is no license file or any file is UNKNOWN.
	Expression string `json:"expression"`
	Error      string `json:"error,omitempty"`
}

func main() {
	known := map[string]bool{}
	for _, n := range fileNames {
		known[strings.ToLower(n)] = true
	}
	out := json.NewEncoder(os.Stdout)
	for _, dir := range os.Args[1:] {
		if err := out.Encode(scanDir(dir, known)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func scanDir(dir string, known map[string]bool) dirResult {
	r := dirResult{Dir: dir, Files: []fileResult{}, Expression: "NOASSERTION"}
	entries, err := os.ReadDir(dir)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	all := map[string]bool{}
	unknown := false
	for _, e := range entries {
		if !e.Type().IsRegular() || !known[strings.ToLower(e.Name())] {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			r.Error = err.Error()
			return r
		}
		cov := licensecheck.Scan(text)
		f := fileResult{Name: e.Name(), Percent: cov.Percent, IDs: []string{}, Matches: []string{}}
		seen := map[string]bool{}
		for _, m := range cov.Match {
			f.Matches = append(f.Matches, m.ID)
			if !seen[m.ID] {
				seen[m.ID] = true
				f.IDs = append(f.IDs, m.ID)
			}
		}
		if cov.Percent < coverageThreshold || len(f.IDs) == 0 {
			f.IDs = []string{"UNKNOWN"}
			unknown = true
		} else {
			for _, id := range f.IDs {
				all[id] = true
			}
		}
		r.Files = append(r.Files, f)
	}
	if len(r.Files) > 0 && !unknown {
		ids := make([]string, 0, len(all))
		for id := range all {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		r.Expression = strings.Join(ids, " AND ")
	}
	return r
}
