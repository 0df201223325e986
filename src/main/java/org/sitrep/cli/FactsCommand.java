package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.report.ObservationsCsv;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep facts}: fact series (subject / measure / place) with every observation and its
 * evidence.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "facts",
    description = "Show fact series: each value over time, with status, source and sentence.")
final class FactsCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--subject", description = "Country (name or ISO code) or organisation.")
  String subject;

  @Option(names = "--measure", description = "troops, vehicles, civilians, share of GDP ...")
  String measure;

  @Option(names = "--place", description = "Country name or ISO code.")
  String place;

  @Option(
      names = "--min",
      description = "Only series with at least this many observations (default: ${DEFAULT-VALUE}).")
  int min = 1;

  @Option(names = "--json", description = "One JSON object per series.")
  boolean json;

  @Option(
      names = "--csv",
      description = "One CSV row per observation (with a header), for spreadsheets and notebooks.")
  boolean csv;

  @Override
  public Integer call() {
    List<FactSeries> ss;
    try (Situations x = data.query()) {
      ss = List.copyOf(x.series(subject, measure, place, min).values());
    }
    if (json) {
      ss.forEach(s -> System.out.println(Json.write(s)));
      return 0;
    }
    if (csv) {
      StringBuilder out = new StringBuilder();
      ObservationsCsv.write(ss, out);
      System.out.print(out);
      return 0;
    }
    if (ss.isEmpty()) System.out.println("no fact series match");
    for (FactSeries s : ss) print(s);
    return 0;
  }

  static void print(FactSeries s) {
    System.out.println(
        "\n"
            + Labels.series(s.key())
            + "  ("
            + Labels.count(s.observations().size(), "observation")
            + ")");
    for (int i = 0; i < s.observations().size(); i++) {
      Observation o = s.observations().get(i);
      int idx = i;
      String mark = s.changes().stream().anyMatch(c -> c.to() == idx) ? "Δ" : " ";
      if (s.conflicts().stream().anyMatch(c -> c.a() == idx || c.b() == idx)) mark = "!";
      System.out.printf(
          " %s %-10s %-9s %-14s %-8s %-16s  %s%n",
          mark,
          o.asOf() == null ? "undated" : o.asOf(),
          o.asOfHow().equals("time") || o.asOfHow().equals("undated")
              ? ""
              : "(" + o.asOfHow() + ")",
          Labels.value(o),
          o.status(),
          ListCommand.nz(o.docId()),
          Report.clip(o.evidence(), 110));
      if (o.target() != null || o.attributedTo() != null || o.partOf() != null) {
        System.out.println(
            "   "
                + ShowCommand.join(
                    o.target() == null ? null : "target " + o.target(),
                    o.attributedTo() == null ? null : "according to " + o.attributedTo(),
                    o.partOf() == null ? null : "part of " + Labels.series(o.partOf())));
      }
    }
    for (FactSeries.Conflict c : s.conflicts())
      System.out.println("   conflict on " + c.period() + ": " + c.why());
    for (SeriesKey k : s.linked()) System.out.println("   linked: " + Labels.series(k));
  }
}
