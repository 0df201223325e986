package org.sitrep.server.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.query.Situations;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.store.Store;

/** Articles whose outlet nobody knows: the pages say so, and never count them as no outlet. */
class UnknownOutletsTest {
  @TempDir Path dir;

  static Annotated withoutOutlet(Annotated a) {
    Document d = a.document();
    return a.withDocument(
        new Document(
            null,
            d.sources(),
            null,
            d.label(),
            d.title(),
            d.published(),
            d.language(),
            d.headings(),
            d.body()));
  }

  @Test
  void storiesAndSeriesSayTheOutletIsUnknownNotZero() {
    SyntheticCorpus corpus =
        new SyntheticCorpus(5, SyntheticCorpus.fillerFrom(Path.of("examples")));
    List<Annotated> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) docs.add(withoutOutlet(corpus.article(i)));
    try (Store store = Store.open(dir)) {
      store.putAll(docs);
      store.resolvePending();
      Situations x = new Situations(store);

      String home = StoryPages.home(x);
      Matcher cells =
          Pattern.compile("<table class=\"stories\">.*?</table>", Pattern.DOTALL).matcher(home);
      assertTrue(cells.find(), "the home page lists stories");
      String table = cells.group();
      assertTrue(table.contains(">unknown<"), "an unknown outlet is said: " + table);
      assertFalse(
          table.contains("<td class=\"num\">0</td><td>"), "no story is counted as from 0 outlets");

      FactSeries f = x.snapshot().series().values().iterator().next();
      String page = SeriesPages.series("s", f);
      assertFalse(page.contains("0 outlets"), page);
      assertTrue(page.contains("(outlets not known)"), page);
      assertTrue(page.contains("unknown outlet"), "each observation's row says it");
    }
  }
}
