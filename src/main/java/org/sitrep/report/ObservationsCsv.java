package org.sitrep.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;

/**
 * Fact series as CSV for spreadsheets and notebooks: one row per observation, with its series,
 * value and bound, status, dates, source and the sentence it rests on (RFC 4180, a header row).
 */
public final class ObservationsCsv {
  static final String[] HEADER = {
    "series",
    "subject",
    "measure",
    "place",
    "as_of",
    "as_of_how",
    "value",
    "value_max",
    "bound",
    "approximate",
    "change",
    "status",
    "target",
    "attributed_to",
    "outlet",
    "doc_id",
    "start",
    "end",
    "text",
    "evidence",
    "part_of",
    "change_from_previous",
    "in_conflict",
    "unit",
    "kind",
    "period",
    "reads"
  };

  private ObservationsCsv() {}

  /** 4800 rather than 4800.0; fractions as they are. */
  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Writes the rows to {@code out}, which stays open. */
  public static void write(List<FactSeries> series, Appendable out) {
    try {
      // not closed: closing the printer would close what it writes to (standard output, say)
      CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
      for (FactSeries s : series) {
        for (int i = 0; i < s.observations().size(); i++) {
          Observation o = s.observations().get(i);
          int idx = i;
          boolean changed = s.changes().stream().anyMatch(c -> c.to() == idx);
          boolean conflict = s.conflicts().stream().anyMatch(c -> c.a() == idx || c.b() == idx);
          p.printRecord(
              Labels.series(s.key()),
              s.key().subject(),
              s.key().measure(),
              s.key().place(),
              o.asOf(),
              o.asOfHow(),
              number(o.value()),
              o.valueMax() == null ? null : number(o.valueMax()),
              o.bound() == null ? null : o.bound().json(),
              o.approximate(),
              o.change(),
              o.status(),
              o.target(),
              o.attributedTo(),
              o.outlet(),
              o.docId(),
              o.start(),
              o.end(),
              o.text(),
              o.evidence(),
              o.partOf() == null ? null : o.partOf().toString(),
              changed,
              conflict,
              o.unit(),
              o.kind(),
              o.period(),
              Labels.value(o));
        }
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
