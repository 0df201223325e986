package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.ContractJson;
import org.sitrep.query.Situations;
import org.sitrep.report.Labels;
import org.sitrep.store.DocSummary;
import org.sitrep.store.ListQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep list}: stored documents, newest first. */
@Command(
    mixinStandardHelpOptions = true,
    name = "list",
    description = "List stored documents, newest first.")
final class ListCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin FilterOptions filter;

  @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Option(names = "--offset", description = "Skip this many first (default: ${DEFAULT-VALUE}).")
  int offset = 0;

  @Option(names = "--json", description = "One JSON object per document.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<DocSummary> docs;
    try (Situations x = data.query()) {
      docs = x.documents(new ListQuery(filter.filters(), Pages.of(offset, limit)));
      if (json) {
        for (DocSummary d : docs) System.out.println(ContractJson.MAPPER.writeValueAsString(d));
        return 0;
      }
      System.out.printf(
          "%-16s  %-10s  %-18s  %-14s  %s%n", "ID", "PUBLISHED", "OUTLET", "LABEL", "TITLE");
      var names = x.refs(docs.stream().map(DocSummary::id).toList());
      for (DocSummary d : docs) {
        var ref = names.get(d.id());
        System.out.printf(
            "%-16s  %-10s  %-18s  %-14s  %s%n",
            d.id(),
            nz(d.published()),
            Report.clip(nz(d.outlet()), 18),
            Report.clip(nz(d.label()), 14),
            ref == null ? Report.clip(nz(d.title()), 70) : Report.clip(ref.name(), 70));
      }
      System.out.println(docs.size() + " of " + Labels.count(x.count(), "document"));
    }
    return 0;
  }

  static String nz(String s) {
    return s == null ? "-" : s;
  }
}
