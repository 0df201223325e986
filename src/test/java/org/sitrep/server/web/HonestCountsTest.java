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

/**
 * What the articles do not say, the pages say they do not know: an unknown outlet is not "0
 * outlets", and an undated article is counted beside the coverage chart that cannot draw it.
 */
class HonestCountsTest {
  @TempDir Path dir;

  static Annotated withoutOutlet(Annotated a, boolean dated) {
    Document d = a.document();
    return a.withDocument(
        new Document(
            null,
            d.sources(),
            null,
            d.label(),
            d.title(),
            dated ? d.published() : org.sitrep.model.Published.UNKNOWN,
            d.language(),
            d.headings(),
            d.body()));
  }

  @Test
  void storiesAndSeriesSayTheOutletIsUnknownNotZero() {
    SyntheticCorpus corpus =
        new SyntheticCorpus(5, SyntheticCorpus.fillerFrom(Path.of("examples")));
    List<Annotated> docs = new ArrayList<>();
    // every third article undated
    for (int i = 0; i < 60; i++) docs.add(withoutOutlet(corpus.article(i), i % 3 != 0));
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

      Matcher drawn = Pattern.compile("(\\d+) of 60 articles drawn").matcher(home);
      assertTrue(drawn.find(), "the articles not drawn are counted: " + home);
      int n = Integer.parseInt(drawn.group(1));
      assertTrue(n > 0 && n <= 40, "at most the 40 dated ones are drawn: " + n);
      assertTrue(home.contains("data-articles=\"" + n + "\""), "the chart draws what it says");
      var story = x.snapshot().stories().values().iterator().next();
      int dated = 0;
      for (var r : x.refs(story.docs()).values()) if (r.published() != null) dated++;
      String storyPage = StoryPages.story(x, story);
      if (dated < story.docs().size() && dated > 0)
        assertTrue(
            storyPage.contains(dated + " of " + story.docs().size() + " articles drawn"),
            storyPage);
      if (dated == 0) assertTrue(storyPage.contains("No article here has a publication date"));
    }
  }

  @Test
  void anUndatedValueIsNotWhatAFigureWasBefore() {
    try (Store store = Store.open(dir)) {
      store.putAll(List.copyOf(org.sitrep.testing.Examples.annotated().values()));
      store.resolvePending();
      Situations x = new Situations(store);
      int checked = 0;
      for (var story : x.snapshot().stories().values()) {
        String page = StoryPages.story(x, story);
        Matcher m =
            Pattern.compile("<section id=\"changes\">.*?</section>", Pattern.DOTALL).matcher(page);
        if (!m.find()) continue;
        String changes = m.group();
        // the samples' only dated article is the latest day: every value it reports is new, as
        // the other articles' values carry no date to be "before" it
        assertTrue(changes.contains("Germany / troops / Lithuania"), changes);
        assertFalse(changes.contains("before:"), changes);
        assertTrue(changes.contains(" · new"), changes);
        checked++;
      }
      assertTrue(checked > 0, "no story page says what changed");
    }
  }
}
