// Command bench measures icpcheck on one machine in one run, against the
// tools a team would otherwise use, on inputs from fixtures/gen:
//
//  1. a folder of snapshot files: `icpcheck validate -q DIR` against
//     `conftest test --policy policies --data policies --namespace icp.filing DIR`
//     (goal: icpcheck at least 10x faster);
//  2. one snapshot, whole process: `icpcheck validate FILE` against
//     `opa eval -d policies -i FILE data.icp.filing.decision` (goal: no slower);
//  3. a fleet-sized NDJSON file: documents per second and peak resident
//     memory of `icpcheck validate -o json FILE.ndjson > /dev/null`
//     (goals: at least 20,000 documents/s on 2 cores, at most 200 MB).
//
// Run it from the module root:
//
//	go run ./bench [-files 10000] [-lines 1000000] [-runs 3] [-single-runs 10] [-cores 2]
//
// It builds icpcheck and the generator into a temporary folder, generates
// the inputs there, prints a table of the figures with their goals, and
// removes the folder. Progress goes to standard error, the report to
// standard output. conftest is looked up on PATH and in $(go env
// GOPATH)/bin (go install github.com/open-policy-agent/conftest@v0.69.0);
// without it comparison 1 is skipped. The opa binary is the one pinned in
// go.mod (go tool -n opa), run directly so that go's own start-up is not
// timed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

type options struct {
	files, lines     int
	runs, singleRuns int
	cores            int
	seed             string
}

func main() {
	var o options
	flag.IntVar(&o.files, "files", 10000, "snapshot files in the folder of comparison 1")
	flag.IntVar(&o.lines, "lines", 1000000, "lines of the NDJSON file of measurement 3")
	flag.IntVar(&o.runs, "runs", 3, "timed runs of each command of comparison 1 (the median counts)")
	flag.IntVar(&o.singleRuns, "single-runs", 10, "timed runs of each command of comparison 2 (the median counts)")
	flag.IntVar(&o.cores, "cores", 2, "cores of measurement 3 (GOMAXPROCS and -j of icpcheck)")
	flag.StringVar(&o.seed, "seed", "", "generator seed (default: the generator's)")
	flag.Parse()
	if o.files < 1 || o.lines < 1 || o.runs < 1 || o.singleRuns < 1 || o.cores < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := bench(o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// tools are the programs measured.
type tools struct {
	icpcheck, gen, opa, conftest string
	opaVersion, conftestVersion  string
}

func bench(o options) error {
	gomod, err := output(".", "go", "env", "GOMOD")
	if err != nil {
		return err
	}
	root := filepath.Dir(gomod)
	if _, err := os.Stat(filepath.Join(root, "cmd", "icpcheck")); gomod == "" || gomod == os.DevNull || err != nil {
		return fmt.Errorf("run from the icpcheck module (go run ./bench)")
	}
	tmp, err := os.MkdirTemp("", "icpcheck-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	interrupted := make(chan os.Signal, 1)
	signal.Notify(interrupted, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-interrupted
		os.RemoveAll(tmp)
		os.Exit(130)
	}()

	r := report{options: o, date: time.Now().UTC().Format("2006-01-02"), loadStart: loadAverage()}
	if r.machine, err = machine(root); err != nil {
		return err
	}
	t, err := prepare(root, tmp)
	if err != nil {
		return err
	}
	r.tools = t

	dir, fleet := filepath.Join(tmp, "docs"), filepath.Join(tmp, "fleet.ndjson")
	genArgs := func(args ...string) []string {
		if o.seed != "" {
			args = append(args, "--seed", o.seed)
		}
		return args
	}
	progress("generating %d snapshot files and plans", o.files)
	start := time.Now()
	if _, err := output(root, t.gen, genArgs("-n", strconv.Itoa(o.files), "-o", dir)...); err != nil {
		return err
	}
	progress("generating a %d-line NDJSON file", o.lines)
	if _, err := output(root, t.gen, genArgs("-n", strconv.Itoa(o.lines), "--ndjson", "-o", fleet)...); err != nil {
		return err
	}
	r.genTime = time.Since(start)
	filings := filepath.Join(dir, "filings")
	r.dirBytes, r.fleetBytes = size(filings), size(fleet)

	rn := runner{root: root}
	if err := r.single(rn, filepath.Join(filings, "000001.json")); err != nil {
		return err
	}
	if err := r.folder(rn, filings); err != nil {
		return err
	}
	if err := r.ndjson(runner{root: root, env: []string{"GOMAXPROCS=" + strconv.Itoa(o.cores)}}, fleet); err != nil {
		return err
	}
	r.loadEnd = loadAverage()
	return r.print(os.Stdout)
}

// prepare builds icpcheck and the generator into tmp and finds opa and
// conftest.
func prepare(root, tmp string) (tools, error) {
	t := tools{icpcheck: filepath.Join(tmp, "icpcheck"), gen: filepath.Join(tmp, "gen")}
	progress("building icpcheck and fixtures/gen")
	if _, err := output(root, "go", "build", "-o", t.icpcheck, "./cmd/icpcheck"); err != nil {
		return t, err
	}
	if _, err := output(root, "go", "build", "-o", t.gen, "./fixtures/gen"); err != nil {
		return t, err
	}
	var err error
	if t.opa, err = output(root, "go", "tool", "-n", "opa"); err == nil {
		if _, statErr := os.Stat(t.opa); statErr != nil { // not built yet: go tool builds and caches it
			if _, err = output(root, "go", "tool", "opa", "version"); err == nil {
				t.opa, err = output(root, "go", "tool", "-n", "opa")
			}
		}
	}
	if err != nil {
		return t, fmt.Errorf("the opa CLI pinned in go.mod: %w", err)
	}
	if v, err := output(root, t.opa, "version"); err == nil {
		t.opaVersion = strings.TrimPrefix(firstLine(v), "Version: ")
	}
	t.conftest, t.conftestVersion = findConftest(root)
	return t, nil
}

// findConftest looks for conftest on PATH, then in $(go env GOPATH)/bin.
func findConftest(root string) (path, version string) {
	path, err := exec.LookPath("conftest")
	if err != nil {
		gopath, _ := output(root, "go", "env", "GOPATH")
		for _, dir := range filepath.SplitList(gopath) {
			if p := filepath.Join(dir, "bin", "conftest"); isExecutable(p) {
				path = p
				break
			}
		}
	}
	if path == "" {
		return "", ""
	}
	// go install leaves the version in the module information, not in
	// `conftest --version` (which says "dev").
	if info, err := output(root, "go", "version", "-m", path); err == nil {
		for _, line := range strings.Split(info, "\n") {
			if f := strings.Fields(line); len(f) >= 3 && f[0] == "mod" && f[1] == "github.com/open-policy-agent/conftest" {
				version = f[2]
			}
		}
	}
	if v, err := output(root, path, "--version"); err == nil {
		for _, line := range strings.Split(v, "\n") {
			if opa, ok := strings.CutPrefix(line, "OPA: "); ok {
				version = strings.TrimSpace(version + " (OPA " + opa + ")")
			}
		}
	}
	return path, version
}

func isExecutable(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir() && info.Mode()&0o111 != 0
}

// single is comparison 2: one snapshot, whole process, median of runs.
func (r *report) single(rn runner, file string) error {
	t := r.tools
	progress("2. one snapshot, %d runs each of icpcheck and opa eval", r.singleRuns)
	icp := []string{"validate", file}
	opa := []string{"eval", "-d", "policies", "-i", file, "data.icp.filing.decision"}
	// One untimed run each: the binaries' pages into the cache.
	if m, err := rn.run(nil, t.icpcheck, icp...); expect(m, err, "icpcheck validate FILE", 0, 1) != nil {
		return expect(m, err, "icpcheck validate FILE", 0, 1)
	}
	if m, err := rn.run(nil, t.opa, opa...); expect(m, err, "opa eval", 0) != nil {
		return expect(m, err, "opa eval", 0)
	}
	for range r.singleRuns {
		m, err := rn.run(nil, t.icpcheck, icp...)
		if err := expect(m, err, "icpcheck validate FILE", 0, 1); err != nil {
			return err
		}
		r.singleICP = append(r.singleICP, m)
		m, err = rn.run(nil, t.opa, opa...)
		if err := expect(m, err, "opa eval", 0); err != nil {
			return err
		}
		r.singleOPA = append(r.singleOPA, m)
	}
	return nil
}

var (
	denyLine        = regexp.MustCompile(`(?m)^\s+deny\s+ICP\d+`)
	conftestSummary = regexp.MustCompile(`(\d+) tests?, (\d+) passed, (\d+) warnings?, (\d+) failures?, (\d+) exceptions?`)
)

// folder is comparison 1: a folder of snapshots, icpcheck against conftest,
// the runs interleaved so that a busy moment hurts both alike.
func (r *report) folder(rn runner, dir string) error {
	t := r.tools
	if t.conftest == "" {
		progress("1. conftest not found: timing icpcheck alone")
	} else {
		progress("1. %d files, %d runs each of icpcheck and conftest", r.files, r.runs)
	}
	for i := range r.runs {
		var out bytes.Buffer
		m, err := rn.run(&out, t.icpcheck, "validate", "-q", dir)
		if err := expect(m, err, "icpcheck validate -q DIR", 0, 1); err != nil {
			return err
		}
		r.dirICP = append(r.dirICP, m)
		if i == 0 {
			r.icpDeny = len(denyLine.FindAllIndex(out.Bytes(), -1))
		}
		if t.conftest == "" {
			continue
		}
		out.Reset()
		m, err = rn.run(&out, t.conftest, "test", "--policy", "policies", "--data", "policies", "--namespace", "icp.filing", dir)
		if err := expect(m, err, "conftest test", 0, 1); err != nil {
			return err
		}
		r.dirConftest = append(r.dirConftest, m)
		if i == 0 {
			r.conftestSummary = "no summary line"
			if s := conftestSummary.FindSubmatch(out.Bytes()); s != nil {
				r.conftestFailures, _ = strconv.Atoi(string(s[4]))
				r.conftestSummary = fmt.Sprintf("%s failures, %s warnings, %s exceptions", s[4], s[3], s[5])
			}
		}
	}
	return nil
}

// ndjson is measurement 3: a fleet in one NDJSON file.
func (r *report) ndjson(rn runner, file string) error {
	progress("3. %d-line NDJSON on %d cores (this takes a while)", r.lines, r.cores)
	m, err := rn.run(nil, r.tools.icpcheck, "validate", "-o", "json", "-j", strconv.Itoa(r.cores), file)
	if err := expect(m, err, "icpcheck validate -o json FILE.ndjson", 0, 1); err != nil {
		return err
	}
	r.fleet = m
	return nil
}

func size(path string) int64 {
	var n int64
	filepath.WalkDir(path, func(_ string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			if info, err := e.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(line)
}

// machine describes the computer: OS, CPUs, CPU model, memory, Go.
func machine(root string) (string, error) {
	goVersion, err := output(root, "go", "env", "GOVERSION")
	if err != nil {
		return "", err
	}
	parts := []string{fmt.Sprintf("%s/%s", runtime.GOOS, runtime.GOARCH), fmt.Sprintf("nproc %d", runtime.NumCPU())}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				parts = append(parts, strings.TrimSpace(v))
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			parts = append(parts, fmt.Sprintf("%.1f GiB RAM", float64(kb)/(1<<20)))
		}
	}
	return strings.Join(append(parts, goVersion), ", "), nil
}

// loadAverage is the 1-, 5- and 15-minute load average, where known.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}
