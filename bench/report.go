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
	date, machine       string
	loadStart, loadEnd  string
	tools               tools
	genTime             time.Duration
	dirBytes            int64
	fleetBytes          int64
	singleICP           []measurement
	singleOPA           []measurement
	dirICP, dirConftest []measurement
	icpDeny             int
	conftestFailures    int
	conftestSummary     string
	fleet               measurement
}

// Goals, from the issue.
const (
	folderSpeedup = 10    // icpcheck at least 10x faster than conftest
	fleetRate     = 20000 // documents per second on 2 cores
	fleetRSS      = 200e6 // bytes of peak resident memory
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
	fmt.Fprintf(w, "icpcheck benchmark, %s: go run ./bench -files %d -lines %d -runs %d -single-runs %d -cores %d\n\n",
		r.date, r.files, r.lines, r.runs, r.singleRuns, r.cores)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "machine\t%s\n", r.machine)
	fmt.Fprintf(tw, "load average\t%s at the start, %s at the end (1, 5, 15 min)\n", r.loadStart, r.loadEnd)
	conftest := "not found: comparison 1 skipped (go install github.com/open-policy-agent/conftest@v0.69.0)"
	if r.tools.conftest != "" {
		conftest = r.tools.conftestVersion
	}
	fmt.Fprintf(tw, "tools\ticpcheck built from this tree; opa %s (go tool opa); conftest %s\n", r.tools.opaVersion, conftest)
	fmt.Fprintf(tw, "inputs\tfixtures/gen: %s snapshot files (%s), a %s-line NDJSON file (%s); generated in %s\n",
		thousands(r.files), megabytes(r.dirBytes), thousands(r.lines), megabytes(r.fleetBytes), secs(r.genTime))
	tw.Flush()
	fmt.Fprintln(w)

	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tmeasure\ticpcheck\tbaseline\tgoal\tresult")

	// 1. A folder of files.
	icpWall, icpCPU := wall(r.dirICP), cpu(r.dirICP)
	title := fmt.Sprintf("%s files, wall (median of %d)", thousands(r.files), r.runs)
	if r.tools.conftest == "" {
		fmt.Fprintf(tw, "1\t%s\t%s\tconftest not found\t>= %dx faster than conftest\tSKIPPED\n", title, secs(icpWall), folderSpeedup)
		fmt.Fprintf(tw, "\tCPU user+sys (median)\t%s\t\t\t\n", secs(icpCPU))
	} else {
		cw, cc := wall(r.dirConftest), cpu(r.dirConftest)
		speedup := cw.Seconds() / icpWall.Seconds()
		fmt.Fprintf(tw, "1\t%s\t%s\t%s conftest\t>= %dx faster: %.1fx\t%s\n", title, secs(icpWall), secs(cw), folderSpeedup, speedup, verdict(speedup >= folderSpeedup))
		fmt.Fprintf(tw, "\tCPU user+sys (median)\t%s\t%s\t%.1fx less CPU\t\n", secs(icpCPU), secs(cc), cc.Seconds()/icpCPU.Seconds())
	}

	// 2. One snapshot, whole process.
	iw, ow := wall(r.singleICP), wall(r.singleOPA)
	fmt.Fprintf(tw, "2\tone snapshot, whole process (median of %d)\t%s\t%s opa eval\tno slower: %.1fx\t%s\n",
		r.singleRuns, secs(iw), secs(ow), ow.Seconds()/iw.Seconds(), verdict(iw <= ow))
	fmt.Fprintf(tw, "\tCPU user+sys (median)\t%s\t%s\t\t\n", secs(cpu(r.singleICP)), secs(cpu(r.singleOPA)))

	// 3. A fleet in one NDJSON file.
	rate := float64(r.lines) / r.fleet.wall.Seconds()
	fmt.Fprintf(tw, "3\t%s-line NDJSON on %d cores: documents/s\t%s /s\t\t>= %s /s\t%s\n",
		thousands(r.lines), r.cores, thousands(int(rate)), thousands(fleetRate), verdict(rate >= fleetRate && r.cores <= 2))
	rss := "unknown"
	if r.fleet.maxRSS > 0 {
		rss = megabytes(r.fleet.maxRSS)
	}
	fmt.Fprintf(tw, "\tpeak resident memory\t%s\t\t<= %s\t%s\n", rss, megabytes(fleetRSS), verdict(r.fleet.maxRSS > 0 && r.fleet.maxRSS <= fleetRSS))
	fmt.Fprintf(tw, "\twall, CPU user+sys\t%s, %s\t\t%.2f ms CPU per document\t\n",
		secs(r.fleet.wall), secs(r.fleet.cpu), r.fleet.cpu.Seconds()*1000/float64(r.lines))
	tw.Flush()

	if r.tools.conftest != "" {
		fmt.Fprintf(w, "\nsame work in 1: icpcheck found %d deny, conftest %s (first run)\n", r.icpDeny, r.conftestSummary)
	}
	fmt.Fprintf(w, `
commands, run from the module root (DIR, FILE and FLEET.ndjson are generated in a temporary folder):
1  icpcheck validate -q DIR
   conftest test --policy policies --data policies --namespace icp.filing DIR
2  icpcheck validate FILE
   opa eval -d policies -i FILE data.icp.filing.decision    (opa: the binary of go tool -n opa)
3  GOMAXPROCS=%d icpcheck validate -o json -j %d FLEET.ndjson > /dev/null
`, r.cores, r.cores)
}
