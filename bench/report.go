package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// report gathers the figures of one run.
type report struct {
	options
	date, machine         string
	loadStart, loadEnd    string
	tools                 tools
	genTime               time.Duration
	dirBytes, plansBytes  int64
	fleetBytes            int64
	singleICP, singleBase []measurement
	singleOPA             []measurement
	dirICP, dirBase       []measurement
	dirConftest           []measurement
	plansICP, plansBase   []measurement
	icpDeny, baseDeny     int
	conftestSummary       string
	fleet                 measurement
	fleetBase             *measurement // nil without -baseline
}

// Goals, from issues 10 and 14, in CPU seconds.
const (
	snapshotGain = 1.5   // a folder of snapshots: at least 1.5x less CPU than the baseline
	conftestGain = 4     // and at least 4x less than conftest
	planGain     = 2     // a folder of plans: at least 2x less CPU than the baseline
	singleShare  = 0.45  // one snapshot: at most 0.45x of opa eval's CPU
	singleAim    = 0.3   // and, better, 0.3x
	fleetRate    = 20000 // documents per second on 2 cores
	fleetRSS     = 200e6 // bytes of peak resident memory
)

func wall(ms []measurement) time.Duration {
	ds := make([]time.Duration, len(ms))
	for i, m := range ms {
		ds[i] = m.wall
	}
	return median(ds)
}

func cpu(ms []measurement) time.Duration {
	ds := make([]time.Duration, len(ms))
	for i, m := range ms {
		ds[i] = m.cpu
	}
	return median(ds)
}

func verdict(met bool) string {
	if met {
		return "MET"
	}
	return "NOT MET"
}

func secs(d time.Duration) string {
	switch {
	case d < time.Second:
		return fmt.Sprintf("%.3f s", d.Seconds())
	case d < 100*time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
	return fmt.Sprintf("%.0f s", d.Seconds())
}

func megabytes(n int64) string {
	if n%1e6 == 0 {
		return fmt.Sprintf("%d MB", n/1e6)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// thousands writes n with comma separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// print writes the report, without the blanks that tabwriter leaves at
// the ends of lines.
func (r *report) print(w io.Writer) error {
	var b bytes.Buffer
	r.write(&b)
	lines := strings.Split(b.String(), "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRight(line, " ")
	}
	_, err := io.WriteString(w, strings.Join(lines, "\n"))
	return err
}

func (r *report) write(w io.Writer) {
	fmt.Fprintf(w, "icpcheck benchmark, %s: go run ./bench%s -files %d -plans %d -lines %d -runs %d -single-runs %d -cores %d\n\n",
		r.date, optional(r.tools.baseline, " -baseline BEFORE"), r.files, r.plans, r.lines, r.runs, r.singleRuns, r.cores)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "machine\t%s\n", r.machine)
	fmt.Fprintf(tw, "load average\t%s at the start, %s at the end (1, 5, 15 min)\n", r.loadStart, r.loadEnd)
	conftest := "not found: its comparison skipped (go install github.com/open-policy-agent/conftest@v0.69.0)"
	if r.tools.conftest != "" {
		conftest = r.tools.conftestVersion
	}
	fmt.Fprintf(tw, "tools\ticpcheck (after) built from this tree; opa %s (go tool opa); conftest %s\n", r.tools.opaVersion, conftest)
	before := "none: give -baseline BINARY to measure the engine before a change"
	if r.tools.baseline != "" {
		before = r.tools.baseline
	}
	fmt.Fprintf(tw, "before\t%s\n", before)
	fmt.Fprintf(tw, "inputs\tfixtures/gen: %s snapshot files (%s), the first %s of their plans (%s), a %s-line NDJSON file (%s); generated in %s\n",
		thousands(r.files), megabytes(r.dirBytes), thousands(r.plans), megabytes(r.plansBytes), thousands(r.lines), megabytes(r.fleetBytes), secs(r.genTime))
	tw.Flush()
	fmt.Fprintln(w)

	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tmeasure\tafter\tbefore\tother\tgoal\tresult")

	// 1. A folder of snapshot files.
	after, base, conf := cpu(r.dirICP), cpu(r.dirBase), cpu(r.dirConftest)
	fmt.Fprintf(tw, "1\t%s snapshot files, CPU (median of %d)\t%s\t%s\t%s\t%s\t%s\n", thousands(r.files), r.runs,
		secs(after), secsOr(base, r.dirBase), secsOr(conf, r.dirConftest, " conftest"),
		gain("before", snapshotGain, base, after, r.dirBase), met(snapshotGain, base, after, r.dirBase))
	fmt.Fprintf(tw, "\t\t\t\t\t%s\t%s\n", gain("conftest", conftestGain, conf, after, r.dirConftest), met(conftestGain, conf, after, r.dirConftest))
	fmt.Fprintf(tw, "\twall (median)\t%s\t%s\t%s\t\t\n",
		secs(wall(r.dirICP)), secsOr(wall(r.dirBase), r.dirBase), secsOr(wall(r.dirConftest), r.dirConftest, " conftest"))

	// 2. A folder of plans.
	after, base = cpu(r.plansICP), cpu(r.plansBase)
	fmt.Fprintf(tw, "2\t%s plan files, CPU (median of %d)\t%s\t%s\t\t%s\t%s\n", thousands(r.plans), r.runs,
		secs(after), secsOr(base, r.plansBase), gain("before", planGain, base, after, r.plansBase), met(planGain, base, after, r.plansBase))
	fmt.Fprintf(tw, "\twall (median)\t%s\t%s\t\t\t\n", secs(wall(r.plansICP)), secsOr(wall(r.plansBase), r.plansBase))

	// 3. One snapshot, whole process.
	after, base, opa := cpu(r.singleICP), cpu(r.singleBase), cpu(r.singleOPA)
	share := after.Seconds() / opa.Seconds()
	result := verdict(share <= singleShare)
	if share <= singleAim {
		result += " (aim met)"
	}
	fmt.Fprintf(tw, "3\tone snapshot, whole process, CPU (median of %d)\t%s\t%s\t%s opa eval\t<= %.2fx of opa eval (aim %.1fx): %.2fx\t%s\n",
		r.singleRuns, secs(after), secsOr(base, r.singleBase), secs(opa), singleShare, singleAim, share, result)
	fmt.Fprintf(tw, "\twall (median)\t%s\t%s\t%s opa eval\t%.2fx of opa eval\t\n",
		secs(wall(r.singleICP)), secsOr(wall(r.singleBase), r.singleBase), secs(wall(r.singleOPA)), wall(r.singleICP).Seconds()/wall(r.singleOPA).Seconds())

	// 4. A fleet in one NDJSON file.
	rate := func(m measurement) float64 { return float64(r.lines) / m.wall.Seconds() }
	baseRate, baseRSS, baseCPU := "", "", ""
	if b := r.fleetBase; b != nil {
		baseRate, baseRSS = thousands(int(rate(*b)))+" /s", rss(b.maxRSS)
		baseCPU = fmt.Sprintf("%s, %.2f ms", secs(b.cpu), b.cpu.Seconds()*1000/float64(r.lines))
	}
	fmt.Fprintf(tw, "4\t%s-line NDJSON on %d cores: documents/s\t%s /s\t%s\t\t>= %s /s\t%s\n",
		thousands(r.lines), r.cores, thousands(int(rate(r.fleet))), baseRate, thousands(fleetRate), verdict(rate(r.fleet) >= fleetRate && r.cores <= 2))
	fmt.Fprintf(tw, "\tpeak resident memory\t%s\t%s\t\t<= %s\t%s\n", rss(r.fleet.maxRSS), baseRSS, megabytes(fleetRSS), verdict(r.fleet.maxRSS > 0 && r.fleet.maxRSS <= fleetRSS))
	fmt.Fprintf(tw, "\tCPU, per document\t%s, %.2f ms\t%s\t\t\t\n",
		secs(r.fleet.cpu), r.fleet.cpu.Seconds()*1000/float64(r.lines), baseCPU)
	tw.Flush()

	fmt.Fprintf(w, "\nsame work in 1 (first run): icpcheck found %d deny", r.icpDeny)
	if r.tools.baseline != "" {
		fmt.Fprintf(w, ", the baseline %d", r.baseDeny)
	}
	if r.tools.conftest != "" {
		fmt.Fprintf(w, ", conftest %s", r.conftestSummary)
	}
	fmt.Fprintf(w, `

commands, run from the module root (DIR, FILE and FLEET.ndjson are generated in a temporary folder;
the baseline runs the same commands as icpcheck):
1  icpcheck validate -q DIR/filings
   conftest test --policy policies --data policies --namespace icp.filing DIR/filings
2  icpcheck check -q --filing-root DIR DIR/plans
3  icpcheck validate FILE
   opa eval -d policies -i FILE data.icp.filing.decision    (opa: the binary of go tool -n opa)
4  GOMAXPROCS=%d icpcheck validate -o json -j %d FLEET.ndjson > /dev/null
`, r.cores, r.cores)
}

// secsOr is secs(d), or "-" when nothing was measured (the tool is
// missing); suffix names the tool.
func secsOr(d time.Duration, ms []measurement, suffix ...string) string {
	if len(ms) == 0 {
		return "-"
	}
	return secs(d) + strings.Join(suffix, "")
}

// gain states a goal of CPU saved against another command, and the ratio
// measured.
func gain(than string, goal float64, other, after time.Duration, ms []measurement) string {
	g := fmt.Sprintf(">= %gx less CPU than %s", goal, than)
	if len(ms) == 0 {
		return g
	}
	return fmt.Sprintf("%s: %.2fx", g, other.Seconds()/after.Seconds())
}

func met(goal float64, other, after time.Duration, ms []measurement) string {
	if len(ms) == 0 {
		return "SKIPPED"
	}
	return verdict(other.Seconds()/after.Seconds() >= goal)
}

func rss(n int64) string {
	if n <= 0 {
		return "unknown"
	}
	return megabytes(n)
}
