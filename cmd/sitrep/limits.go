package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep"
)

// byteFlag is a size in bytes given as 1048576, 512KB, 16MB or 1GB
// (binary units: KB = 1024 bytes; KiB, MiB, GiB also read).
type byteFlag struct{ n *int64 }

func (b byteFlag) String() string {
	if b.n == nil {
		return ""
	}
	n := *b.n
	for _, u := range []struct {
		name string
		size int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b byteFlag) Set(s string) error {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.size
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return fmt.Errorf("want a positive size in bytes such as 1048576, 512KB or 16MB")
	}
	*b.n = n * mult
	return nil
}

// readLimitFlags adds the limits on what is read (documents, feeds,
// compressed inputs, nesting, feed items) to fs, set to the defaults.
func readLimitFlags(fs *flag.FlagSet, l *sitrep.Limits) {
	d := sitrep.DefaultLimits()
	l.DocumentBytes, l.FeedBytes, l.ExpandedBytes, l.Depth, l.FeedItems = d.DocumentBytes, d.FeedBytes, d.ExpandedBytes, d.Depth, d.FeedItems
	fs.Var(byteFlag{&l.DocumentBytes}, "max-doc-bytes", "largest file, document, JSON line or page read")
	fs.Var(byteFlag{&l.FeedBytes}, "max-feed-bytes", "largest feed read")
	fs.Var(byteFlag{&l.ExpandedBytes}, "max-expanded-bytes", "most bytes a .gz input may expand to")
	fs.IntVar(&l.Depth, "max-depth", d.Depth, "deepest nesting of JSON, XML or HTML read")
	fs.IntVar(&l.FeedItems, "max-feed-items", d.FeedItems, "most items read from one feed")
}

// serveLimitFlags adds the limits on requests to fs, set to the defaults.
func serveLimitFlags(fs *flag.FlagSet, l *sitrep.Limits) {
	d := sitrep.DefaultLimits()
	l.BodyBytes, l.RequestTime = d.BodyBytes, d.RequestTime
	fs.Var(byteFlag{&l.BodyBytes}, "max-body-bytes", "largest request body taken")
	fs.DurationVar(&l.RequestTime, "request-timeout", d.RequestTime, "longest a request may take")
}

// checkLimits refuses limits of zero or less given on the command line.
func checkLimits(cmd string, l sitrep.Limits) error {
	if l.Depth <= 0 || l.FeedItems <= 0 || l.RequestTime < 0 {
		return &exitError{2, cmd + ": --max-depth and --max-feed-items want a positive number, --request-timeout a positive duration"}
	}
	return nil
}
