package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.TimeExpr;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep show ID}: one stored document with what was found in it. */
@Command(
    mixinStandardHelpOptions = true,
    name = "show",
    description = "Show one stored document and what was found in it.")
final class ShowCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Parameters(paramLabel = "ID", description = "A document id (from list, search or ingest).")
  String id;

  @Option(names = "--json", description = "The annotate contract JSON of the document.")
  boolean json;

  @Override
  public Integer call() {
    Annotated a;
    try (Situations x = data.query()) {
      a =
          x.findDocument(id)
              .orElseThrow(() -> new UserError("no document with id " + id + " in " + data.data));
    }
    if (json) {
      System.out.println(ContractJson.line(a));
      return 0;
    }
    var d = a.document();
    System.out.println(org.sitrep.model.ArticleName.of(d.title(), d.body(), 200));
    System.out.printf(
        "id %s · published %s (%s) · outlet %s · label %s · language %s%n",
        d.id(),
        ListCommand.nz(d.published().value()),
        d.published().how().json(),
        ListCommand.nz(d.outlet()),
        ListCommand.nz(d.label()),
        ListCommand.nz(d.language()));
    for (Source s : d.sources()) {
      System.out.println(
          "source "
              + (s.url() != null ? s.url() : s.path())
              + (s.recordId() != null ? " #" + s.recordId() : ""));
    }
    System.out.println();
    System.out.println(d.body());
    System.out.println();
    section("Entities", a.entities().size());
    for (Mention m : a.entities()) {
      System.out.printf(
          "  %-14s %-32s %s%n",
          m.type(),
          m.text(),
          join(
              m.canonical() != null && !m.canonical().equals(m.text())
                  ? "= " + m.canonical()
                  : null,
              m.role(),
              m.country(),
              m.kind() != null && !m.kind().equals("name") ? m.kind() : null));
    }
    section("Times", a.times().size());
    for (TimeExpr t : a.times())
      System.out.printf("  %-32s %s %s%n", t.text(), t.type(), t.value());
    section("Quantities", a.quantities().size());
    for (Quantity q : a.quantities()) {
      System.out.printf(
          "  %-32s %s%n",
          q.text(),
          join(
              Labels.number(q.value())
                  + (q.valueMax() != null ? "–" + Labels.number(q.valueMax()) : ""),
              q.bound().json(),
              q.approximate() ? "approximate" : null,
              q.change(),
              q.unit(),
              q.counted()));
    }
    section("Quotes", a.quotes().size());
    for (Quote q : a.quotes()) {
      System.out.printf(
          "  %s: “%s”%n",
          q.speaker() == null ? "(speaker unknown)" : q.speaker(), Report.clip(q.text(), 110));
    }
    section("Events", a.events().size());
    for (Event e : a.events()) {
      System.out.printf(
          "  %-10s %-24s %s%n",
          e.type(),
          a.body().substring(e.start(), e.end()),
          join(
              "actor " + ListCommand.nz(e.actor()),
              e.target() != null ? "target " + e.target() : null,
              e.location() != null ? "in " + e.location() : null,
              e.time(),
              e.status().json()));
    }
    if (!a.diagnostics().isEmpty()) {
      section("Diagnostics", a.diagnostics().size());
      a.diagnostics().forEach(g -> System.out.println("  " + g.stage() + ": " + g.message()));
    }
    return 0;
  }

  private static void section(String name, int n) {
    System.out.println(name + " (" + n + ")");
  }

  static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p == null || p.isEmpty()) continue;
      if (sb.length() > 0) sb.append(" · ");
      sb.append(p);
    }
    return sb.toString();
  }
}
