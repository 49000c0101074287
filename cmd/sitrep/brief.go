package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/brief"
)

// brief writes the situation brief of a period.
func (e *env) brief(ctx context.Context, args []string) error {
	fs := e.newFlags("brief")
	since := fs.String("since", "", "first day, YYYY-MM-DD (default: six days before --until)")
	until := fs.String("until", "", "last day, YYYY-MM-DD (default: the latest day an incident starts on)")
	country := fs.String("country", "", "ISO 3166-1 alpha-2 code of one country")
	format := fs.String("format", "md", "md or html")
	out := fs.String("o", "", "write to FILE (Markdown: the chart and map beside it, as FILE-per-day.svg and FILE-map.svg)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "md" && *format != "html" {
		return &exitError{2, fmt.Sprintf("brief: unknown format %q: want md or html", *format)}
	}
	var opt brief.Options
	for _, d := range []struct {
		flag, v string
		to      *sitrep.Date
	}{{"--since", *since, &opt.Since}, {"--until", *until, &opt.Until}} {
		if d.v == "" {
			continue
		}
		t, err := sitrep.ParseDate(d.v)
		if err != nil || !t.HasYear() {
			return &exitError{2, fmt.Sprintf("brief: %s %q: want YYYY-MM-DD", d.flag, d.v)}
		}
		*d.to = t
	}
	opt.Country = strings.ToUpper(*country)
	store, err := e.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	b, err := brief.Build(ctx, store, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if *format == "html" {
		err = b.HTML(&buf)
	} else {
		var fig brief.Figures
		if *out != "" {
			fig, err = writeFigures(b, *out)
			if err != nil {
				return err
			}
		}
		err = b.Markdown(&buf, fig)
	}
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = e.stdout.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("brief: %w", err)
	}
	fmt.Fprintf(e.stderr, "wrote %s: %d incidents from %s to %s\n", *out, len(b.Incidents), b.Since, b.Until)
	return nil
}

// writeFigures writes the chart and the map of a Markdown brief beside
// out and returns their names relative to it.
func writeFigures(b *brief.Brief, out string) (brief.Figures, error) {
	base := strings.TrimSuffix(out, filepath.Ext(out))
	m, err := b.MapSVG()
	if err != nil {
		return brief.Figures{}, err
	}
	fig := brief.Figures{Chart: base + "-per-day.svg", Map: base + "-map.svg"}
	for _, f := range []struct{ path, svg string }{{fig.Chart, b.ChartSVG()}, {fig.Map, m}} {
		if err := os.WriteFile(f.path, []byte(f.svg), 0o644); err != nil {
			return brief.Figures{}, fmt.Errorf("brief: %w", err)
		}
	}
	fig.Chart, fig.Map = filepath.Base(fig.Chart), filepath.Base(fig.Map)
	return fig, nil
}
