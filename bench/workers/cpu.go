package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// cpuUse is the CPU time, in seconds, that the processes doing a run's
// work have used: this one (the workers), PostgreSQL's and the NATS
// server's. Read from /proc; zero where it cannot be read.
type cpuUse struct{ self, postgres, nats float64 }

// clockTicks is USER_HZ, the unit of /proc/PID/stat's times: 100 on
// every Linux build that matters.
const clockTicks = 100

// cpuNow sums the CPU time of the processes named in cpuUse.
func cpuNow() cpuUse {
	var u cpuUse
	self := strconv.Itoa(os.Getpid())
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range stats {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so split after
		// its closing parenthesis; utime and stime are fields 14 and 15.
		s := string(b)
		open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || end < open {
			continue
		}
		comm, rest := s[open+1:end], strings.Fields(s[end+1:])
		if len(rest) < 13 {
			continue
		}
		ut, _ := strconv.ParseFloat(rest[11], 64)
		st, _ := strconv.ParseFloat(rest[12], 64)
		secs := (ut + st) / clockTicks
		switch {
		case strings.TrimSpace(s[:open]) == self:
			u.self += secs
		case comm == "postgres":
			u.postgres += secs
		case strings.HasPrefix(comm, "nats-server"):
			u.nats += secs
		}
	}
	return u
}

// since returns the CPU time used from u0 to u.
func (u cpuUse) since(u0 cpuUse) cpuUse {
	return cpuUse{u.self - u0.self, u.postgres - u0.postgres, u.nats - u0.nats}
}
