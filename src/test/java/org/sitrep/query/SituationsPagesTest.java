package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.resolve.StoryView;
import org.sitrep.store.ArticleRef;
import org.sitrep.store.Store;

/**
 * What the pages read from the picture: a story's outlets over all its articles (not only the first
 * ones read whole), and the coverage counts after a new article's resolution run.
 */
class SituationsPagesTest {
  @TempDir Path dir;

  static final String LATE = "Late Wire";

  /** A copy of {@code a} under another outlet and date, with a line added. */
  static Annotated as(Annotated a, String outlet, String date, String line) {
    Document d = a.document();
    return a.withDocument(
        new Document(
            null,
            d.sources(),
            outlet,
            d.label(),
            d.title(),
            Published.stated(date),
            d.language(),
            d.headings(),
            d.body() + "\n\n" + line));
  }

  @Test
  void aStorysOutletsAreEveryOutletOfItsArticlesEachWithItsLatestShown() {
    SyntheticCorpus corpus =
        new SyntheticCorpus(3, SyntheticCorpus.fillerFrom(Path.of("examples")));
    List<Annotated> docs = new ArrayList<>();
    for (int i = 0; i < 600; i++) docs.add(corpus.article(i));
    try (Store store = Store.open(dir)) {
      store.putAll(docs);
      store.resolvePending();
      Situations x = new Situations(store);
      StoryView big =
          x.snapshot().stories().values().stream()
              .max(Comparator.comparingInt(s -> s.docs().size()))
              .orElseThrow();
      assertTrue(big.docs().size() > Situations.TIMELINE_DOCS, "a story longer than a page reads");
      // an outlet that reports the story only lately, after everything else
      String last = big.docs().get(big.docs().size() - 1);
      Annotated source = store.get(last).orElseThrow();
      List<Annotated> late = new ArrayList<>();
      for (int k = 0; k < 3; k++)
        late.add(as(source, LATE, "2027-03-0" + (k + 1), "Reported later, part " + k + "."));
      List<String> lateIds = new ArrayList<>();
      store.putAll(late).forEach(s -> lateIds.add(s.id()));
      x.apply(store.resolvePending().changed());
      String storyId = x.storyOf(lateIds.get(0)).orElseThrow();
      StoryView s = x.story(storyId);
      assertTrue(s.docs().containsAll(lateIds), "the late articles join the story");
      assertFalse(
          s.docs().subList(0, Situations.TIMELINE_DOCS).contains(lateIds.get(0)),
          "past the articles read whole first");

      List<Situations.OutletView> outlets = x.outlets(s);
      Map<String, ArticleRef> refs = x.refs(s.docs());
      Map<String, List<String>> want = new HashMap<>();
      for (String id : s.docs())
        want.computeIfAbsent(
                refs.get(id).outlet() == null ? Situations.UNKNOWN_OUTLET : refs.get(id).outlet(),
                k -> new ArrayList<>())
            .add(id);
      Map<String, List<String>> got = new HashMap<>();
      for (Situations.OutletView o : outlets) got.put(o.outlet(), o.docs());
      assertEquals(want.keySet(), got.keySet(), "every outlet of the story's articles");
      for (var e : want.entrySet())
        assertEquals(Set.copyOf(e.getValue()), Set.copyOf(got.get(e.getKey())), e.getKey());
      assertEquals(Set.copyOf(lateIds), Set.copyOf(got.get(LATE)));

      for (Situations.OutletView o : outlets) {
        int n = Math.min(Situations.OUTLET_ARTICLES, o.docs().size());
        assertEquals(n, o.shown().size(), o.outlet());
        assertTrue(o.docs().containsAll(o.shown()), o.outlet());
        assertEquals(o.shown().size(), o.tone().size(), o.outlet());
        if (o.outlet().equals(LATE)) continue; // copies of another outlet's report
        // no copies among these: the newest are shown, newest first
        List<String> dates = new ArrayList<>();
        for (String id : o.docs()) dates.add(refs.get(id).published());
        dates.sort(Comparator.reverseOrder());
        List<String> shownDates = new ArrayList<>();
        for (String id : o.shown()) shownDates.add(refs.get(id).published());
        assertEquals(dates.subList(0, n), shownDates, o.outlet() + ": its latest first");
      }
      assertTrue(outlets.size() >= 3, "several outlets side by side");
    }
  }

  @Test
  void coverageCountsTheArticlesOfEachNewResolutionRun() {
    SyntheticCorpus corpus =
        new SyntheticCorpus(4, SyntheticCorpus.fillerFrom(Path.of("examples")));
    List<Annotated> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) docs.add(corpus.article(i));
    try (Store store = Store.open(dir)) {
      store.putAll(docs);
      store.resolvePending();
      Situations x = new Situations(store);
      int before = articles(x.coverage(100_000));
      assertEquals(docs.size(), before);
      for (int k = 1; k <= 2; k++) {
        Annotated a = as(corpus.article(100 + k), "Radio East", "2027-05-0" + k, "New " + k);
        store.putAll(List.of(a));
        x.apply(store.resolvePending().changed());
        var after = x.coverage(100_000);
        assertEquals(before + k, articles(after), "run " + k);
        assertEquals(1, after.get("2027-05-0" + k).get("Radio East")[0]);
        assertEquals("2027-05-0" + k, after.lastKey());
      }
    }
  }

  static int articles(Map<String, Map<String, int[]>> coverage) {
    int n = 0;
    for (var day : coverage.values()) for (int[] c : day.values()) n += c[0];
    return n;
  }

  @Test
  void theFirstFewInOrderAreTheHeadOfTheSortedListAndADayIsAnIsoDay() {
    java.util.Random r = new java.util.Random(3);
    for (int round = 0; round < 50; round++) {
      List<Integer> xs = new ArrayList<>();
      for (int i = 0, n = r.nextInt(40); i < n; i++) xs.add(r.nextInt(15));
      int k = r.nextInt(8);
      List<Integer> sorted = new ArrayList<>(xs);
      sorted.sort(Comparator.reverseOrder());
      assertEquals(
          sorted.subList(0, Math.min(k, sorted.size())),
          Situations.first(xs, k, Comparator.reverseOrder()),
          xs + " first " + k);
    }
    assertEquals("2024-04-10", Situations.day("2024-04-10T08:00:00Z"));
    assertEquals(null, Situations.day("2024-04"));
    assertEquals(null, Situations.day("10.04.2024"));
    assertEquals(null, Situations.day("2024-4-10xx"));
  }
}
