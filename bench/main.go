// Command bench measures icpcheck on one machine in one run, against the
// tools a team would otherwise use and, with -baseline, against an earlier
// icpcheck binary (the engine before a change), on inputs from fixtures/gen.
// CPU seconds (user+sys of the child, from rusage) decide the goals: the
// machine is shared, and wall time moves with the load.
//
//  1. a folder of snapshot files: `icpcheck validate -q DIR` against the
//     baseline (goal: at least 1.5x less CPU) and against
//     `conftest test --policy policies --data policies --namespace icp.filing DIR`
//     (goal: at least 4x less CPU);
//  2. a folder of deployment plans, each acting on its snapshot, with the
//     accessibility timeline `check` computes: `icpcheck check -q DIR`
//     against the baseline (goal: at least 2x less CPU);
//  3. one snapshot, whole process: `icpcheck validate FILE` against
//     `opa eval -d policies -i FILE data.icp.filing.decision` (goal: at most
//     0.45x of opa's CPU; aim 0.3x);
//  4. a fleet-sized NDJSON file: documents per second and peak resident
//     memory of `icpcheck validate -o json FILE.ndjson > /dev/null`
//     (goals: at least 20,000 documents/s on 2 cores, at most 200 MB), and
//     the baseline's figures on the same file.
//
// Run it from the module root:
//
//	go run ./bench [-baseline BINARY] [-files 10000] [-plans 2000] [-lines 1000000]
//	               [-runs 3] [-single-runs 10] [-cores 2]
//
// A quick run: go run ./bench -baseline BINARY -files 1000 -plans 300 -lines 20000 -runs 1 -single-runs 5
//
// It builds icpcheck and the generator into a temporary folder, generates
// the inputs there, prints a table of the figures with their goals, and
// removes the folder. Progress goes to standard error, the report to
// standard output. conftest is looked up on PATH and in $(go env
// GOPATH)/bin (go install github.com/open-policy-agent/conftest@v0.69.0);
// without it that comparison is skipped, as are the baseline's without
// -baseline. The opa binary is the one pinned in go.mod (go tool -n opa),
// run directly so that go's own start-up is not timed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
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
	baseline         string
	files, plans     int
	lines            int
	runs, singleRuns int
	cores            int
	seed             string
}

func main() {
	var o options
	flag.StringVar(&o.baseline, "baseline", "", "an earlier icpcheck binary to measure on the same inputs (the engine before a change)")
	flag.IntVar(&o.files, "files", 10000, "snapshot files in the folder of comparison 1")
	flag.IntVar(&o.plans, "plans", 2000, "plan files in the folder of comparison 2 (at most -files)")
	flag.IntVar(&o.lines, "lines", 1000000, "lines of the NDJSON file of measurement 4")
	flag.IntVar(&o.runs, "runs", 3, "timed runs of each command of comparisons 1 and 2 (the median counts)")
	flag.IntVar(&o.singleRuns, "single-runs", 10, "timed runs of each command of comparison 3 (the median counts)")
	flag.IntVar(&o.cores, "cores", 2, "cores of measurement 4 (GOMAXPROCS and -j of icpcheck)")
	flag.StringVar(&o.seed, "seed", "", "generator seed (default: the generator's)")
	flag.Parse()
	if o.files < 1 || o.plans < 1 || o.plans > o.files || o.lines < 1 || o.runs < 1 || o.singleRuns < 1 || o.cores < 1 || flag.NArg() > 0 {
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
	baseline                     string // "" without -baseline
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
	t, err := prepare(root, tmp, o.baseline)
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
	filings, plans := filepath.Join(dir, "filings"), filepath.Join(dir, "plans")
	if err := keepFirst(plans, o.plans); err != nil {
		return err
	}
	r.dirBytes, r.plansBytes, r.fleetBytes = size(filings), size(plans), size(fleet)

	rn := runner{root: root}
	if err := r.single(rn, filepath.Join(filings, "000001.json")); err != nil {
		return err
	}
	if err := r.folder(rn, filings); err != nil {
		return err
	}
	if err := r.planFolder(rn, plans); err != nil {
		return err
	}
	if err := r.ndjson(runner{root: root, env: []string{"GOMAXPROCS=" + strconv.Itoa(o.cores)}}, fleet); err != nil {
		return err
	}
	r.loadEnd = loadAverage()
	return r.print(os.Stdout)
}

// prepare builds icpcheck and the generator into tmp and finds opa,
// conftest and the baseline binary.
func prepare(root, tmp, baseline string) (tools, error) {
	t := tools{icpcheck: filepath.Join(tmp, "icpcheck"), gen: filepath.Join(tmp, "gen")}
	if baseline != "" {
		abs, err := filepath.Abs(baseline)
		if err != nil || !isExecutable(abs) {
			return t, fmt.Errorf("-baseline %s: not an executable file: give an icpcheck binary built from the revision to compare with (go build -o icpcheck-before ./cmd/icpcheck)", baseline)
		}
		t.baseline = abs
	}
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

// single is comparison 3: one snapshot, whole process, median of runs,
// the commands interleaved so that a busy moment hurts them alike.
func (r *report) single(rn runner, file string) error {
	t := r.tools
	progress("3. one snapshot, %d runs each of icpcheck, the baseline and opa eval", r.singleRuns)
	cmds := []timed{
		{"icpcheck validate FILE", t.icpcheck, []string{"validate", file}, []int{0, 1}, &r.singleICP},
		{"baseline validate FILE", t.baseline, []string{"validate", file}, []int{0, 1}, &r.singleBase},
		{"opa eval", t.opa, []string{"eval", "-d", "policies", "-i", file, "data.icp.filing.decision"}, []int{0}, &r.singleOPA},
	}
	// One untimed run each: the binaries' pages into the cache.
	for _, c := range cmds {
		if _, err := c.run(rn, nil); err != nil {
			return err
		}
	}
	for range r.singleRuns {
		if err := round(rn, cmds, nil); err != nil {
			return err
		}
	}
	return nil
}

// timed is one command of a comparison; a command without a binary (no
// conftest, no -baseline) is skipped.
type timed struct {
	what  string
	bin   string
	args  []string
	codes []int // the exit codes that mean it did its work
	into  *[]measurement
}

// round runs each command once, in order, and keeps its measurement;
// outs, when given, receive the commands' standard output.
func round(rn runner, cmds []timed, outs []io.Writer) error {
	for i, c := range cmds {
		var out io.Writer
		if outs != nil {
			out = outs[i]
		}
		m, err := c.run(rn, out)
		if err != nil {
			return err
		}
		if m != nil {
			*c.into = append(*c.into, *m)
		}
	}
	return nil
}

func (c timed) run(rn runner, stdout io.Writer) (*measurement, error) {
	if c.bin == "" {
		return nil, nil
	}
	m, err := rn.run(stdout, c.bin, c.args...)
	if err := expect(m, err, c.what, c.codes...); err != nil {
		return nil, err
	}
	return &m, nil
}

var (
	denyLine        = regexp.MustCompile(`(?m)^\s+deny\s+ICP\d+`)
	conftestSummary = regexp.MustCompile(`(\d+) tests?, (\d+) passed, (\d+) warnings?, (\d+) failures?, (\d+) exceptions?`)
)

// folder is comparison 1: a folder of snapshots, icpcheck against the
// baseline and conftest, the runs interleaved.
func (r *report) folder(rn runner, dir string) error {
	t := r.tools
	progress("1. %d snapshot files, %d runs each of icpcheck%s%s", r.files, r.runs,
		optional(t.baseline, ", the baseline"), optional(t.conftest, " and conftest"))
	args := []string{"validate", "-q", dir}
	cmds := []timed{
		{"icpcheck validate -q DIR", t.icpcheck, args, []int{0, 1}, &r.dirICP},
		{"baseline validate -q DIR", t.baseline, args, []int{0, 1}, &r.dirBase},
		{"conftest test", t.conftest, []string{"test", "--policy", "policies", "--data", "policies", "--namespace", "icp.filing", dir}, []int{0, 1}, &r.dirConftest},
	}
	outputs := make([]bytes.Buffer, len(cmds))
	first := []io.Writer{&outputs[0], &outputs[1], &outputs[2]}
	for i := range r.runs {
		if i > 0 {
			first = nil
		}
		if err := round(rn, cmds, first); err != nil {
			return err
		}
	}
	r.icpDeny = len(denyLine.FindAllIndex(outputs[0].Bytes(), -1))
	r.baseDeny = len(denyLine.FindAllIndex(outputs[1].Bytes(), -1))
	if t.conftest != "" {
		r.conftestSummary = "no summary line"
		if s := conftestSummary.FindSubmatch(outputs[2].Bytes()); s != nil {
			r.conftestSummary = fmt.Sprintf("%s failures, %s warnings, %s exceptions", s[4], s[3], s[5])
		}
	}
	return nil
}

// planFolder is comparison 2: a folder of deployment plans, each acting on
// the snapshot of its number, icpcheck against the baseline.
func (r *report) planFolder(rn runner, dir string) error {
	t := r.tools
	progress("2. %d plan files, %d runs each of icpcheck%s", r.plans, r.runs, optional(t.baseline, " and the baseline"))
	// The plans name their snapshots as ../filings/N.json, outside any git
	// work tree: the generated folder is the root they must stay in.
	args := []string{"check", "-q", "--filing-root", filepath.Dir(dir), dir}
	cmds := []timed{
		{"icpcheck check -q DIR", t.icpcheck, args, []int{0, 1}, &r.plansICP},
		{"baseline check -q DIR", t.baseline, args, []int{0, 1}, &r.plansBase},
	}
	for range r.runs {
		if err := round(rn, cmds, nil); err != nil {
			return err
		}
	}
	return nil
}

// ndjson is measurement 4: a fleet in one NDJSON file, once each.
func (r *report) ndjson(rn runner, file string) error {
	progress("4. %d-line NDJSON on %d cores, icpcheck%s (this takes a while)", r.lines, r.cores, optional(r.tools.baseline, " and the baseline"))
	args := []string{"validate", "-o", "json", "-j", strconv.Itoa(r.cores), file}
	var fleet, base []measurement
	cmds := []timed{
		{"icpcheck validate -o json FILE.ndjson", r.tools.icpcheck, args, []int{0, 1}, &fleet},
		{"baseline validate -o json FILE.ndjson", r.tools.baseline, args, []int{0, 1}, &base},
	}
	if err := round(rn, cmds, nil); err != nil {
		return err
	}
	r.fleet = fleet[0]
	if len(base) > 0 {
		r.fleetBase = &base[0]
	}
	return nil
}

// optional is text when the tool it speaks of is there.
func optional(tool, text string) string {
	if tool == "" {
		return ""
	}
	return text
}

// keepFirst removes all but the first n files (by name) of dir.
func keepFirst(dir string, n int) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for i, e := range entries { // sorted by name
		if i >= n {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
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
