package org.sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.query.BriefBuilder;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.store.Store;
import org.sitrep.testing.Examples;

/**
 * The situation report of the five samples, dated and with outlets, as one story and as one
 * person's articles.
 */
class BriefTest {
  @TempDir static Path dir;
  static Store store;
  static StoryView story;
  static Brief brief;

  @BeforeAll
  static void build() throws Exception {
    store = Examples.datedStore(dir);
    List<StoryView> stories = store.situation().stories();
    story = stories.stream().max((a, b) -> a.docs().size() - b.docs().size()).orElseThrow();
    brief =
        BriefBuilder.build(
            store, story.docs(), story.title(), "Story " + story.id(), story.distinctReports());
  }

  @AfterAll
  static void close() {
    if (store != null) store.close();
  }

  @Test
  void theHeadCountsArticlesReportsOutletsAndDates() {
    assertEquals(5, brief.articles());
    assertEquals(5, brief.reports());
    assertEquals(3, brief.outlets().size(), brief.outlets().toString());
    assertEquals("2022-02-14", brief.first());
    assertEquals("2024-11-30", brief.last());
    assertFalse(brief.truncated());
  }

  @Test
  void germanTroopsInLithuaniaLeadTheFiguresWithThePlanAndEarlierValues() {
    Brief.Figure f = brief.figures().get(0);
    assertEquals("Germany / troops / Lithuania", f.series());
    assertEquals(7, f.observations());
    assertNotNull(f.plan(), f.toString());
    assertNotNull(f.latest(), f.toString());
    assertTrue(
        f.plan().status().equals("planned") || f.plan().status().equals("pledged"), f.toString());
    assertFalse(f.before().isEmpty(), f.toString());
    String previous = "";
    for (Brief.Value v : f.before()) {
      assertTrue(v.asOf().compareTo(previous) >= 0, "earlier values oldest first: " + f.before());
      assertTrue(
          v.asOf().compareTo(f.latest().asOf()) <= 0, v + " is not after the latest " + f.latest());
      previous = v.asOf();
    }
    assertTrue(
        brief.figures().stream().anyMatch(x -> x.series().equals("NATO / troops / Lithuania")),
        brief.figures().toString());
  }

  @Test
  void bothGermanDefenceMinistersAreThereWithTheirOffice() {
    Map<String, Brief.Person> byName = new HashMap<>();
    for (Brief.Person p : brief.people()) byName.put(p.name(), p);
    for (String name : List.of("Boris Pistorius", "Christine Lambrecht")) {
      Brief.Person p = byName.get(name);
      assertNotNull(p, name + " in " + byName.keySet());
      assertTrue(
          p.roles().stream().anyMatch(r -> r.startsWith("Defense Minister (Germany)")),
          p.toString());
      assertTrue(p.quotes() > 0, p.toString());
    }
    assertEquals("Boris Pistorius", brief.people().get(0).name(), "named in the most articles");
    assertTrue(
        brief.organisations().stream().anyMatch(o -> o.name().equals("NATO") && o.articles() == 5));
    assertTrue(brief.places().stream().anyMatch(p -> p.name().equals("Lithuania")));
  }

  @Test
  void aPersonsTitleComesFromTheReportsOwnArticles() {
    var v = store.situation();
    List<Entity> entities = new ArrayList<>();
    for (Entity e : v.entities()) {
      if (!e.name().equals("Christine Lambrecht")) {
        entities.add(e);
        continue;
      }
      // the same person given another office by an article outside the report, at another time
      List<Entity.RoleSpell> roles = new ArrayList<>(e.roles());
      roles.add(new Entity.RoleSpell("President", "USA", "2031-01-20", "2031-01-20", List.of("x")));
      entities.add(
          new Entity(
              e.id(),
              e.type(),
              e.name(),
              e.variants(),
              roles,
              e.country(),
              e.lat(),
              e.lon(),
              e.mentions(),
              e.docs()));
    }
    Brief b =
        BriefBuilder.build(
            store,
            org.sitrep.query.Snapshot.of(entities, v.stories(), v.facts(), v.statements()),
            story.docs(),
            story.title(),
            "Story " + story.id(),
            story.distinctReports());
    Brief.Person p =
        b.people().stream()
            .filter(x -> x.name().equals("Christine Lambrecht"))
            .findFirst()
            .orElseThrow();
    assertTrue(p.roles().stream().anyMatch(r -> r.startsWith("Defense Minister")), p.toString());
    assertTrue(p.roles().stream().noneMatch(r -> r.startsWith("President")), p.toString());
  }

  @Test
  void theTranslatedStatementIsOneWithTwoRenderingsAndLeadsWhatWasSaid() {
    Brief.Said first = brief.said().get(0);
    assertEquals("Boris Pistorius", first.speaker());
    assertEquals(2, first.renderings(), first.toString());
    assertTrue(first.text().contains("brigade"), first.text());
    assertFalse(first.text().endsWith(","), first.text());
  }

  @Test
  void outletsSideBySideCarryTheFramingMarkersAndWhatTheyLeaveOut() {
    assertEquals(3, brief.byOutlet().size());
    long markers = brief.byOutlet().stream().mapToLong(o -> o.framing().size()).sum();
    assertTrue(markers >= 3, brief.byOutlet().toString());
    assertTrue(
        brief.byOutlet().stream().anyMatch(o -> !o.leavesOut().isEmpty()),
        brief.byOutlet().toString());
    assertTrue(
        brief.byOutlet().stream()
            .flatMap(o -> o.framing().stream())
            .anyMatch(m -> m.text().equals("Kiev")),
        brief.byOutlet().toString());
  }

  /**
   * Every number cited exists, and every sentence or quote given as evidence stands in the article
   * it cites.
   */
  @Test
  void everyCitationPointsToTheArticleThatHoldsItsWords() {
    Map<Integer, String> bodyOf = new HashMap<>();
    for (Brief.Source s : brief.sources()) {
      Annotated a = store.get(s.docId()).orElseThrow();
      bodyOf.put(s.n(), a.body());
      assertEquals(a.document().published().value(), s.published());
    }
    assertEquals(brief.sources().size(), bodyOf.size());
    List<String> wrong = new ArrayList<>();
    for (Brief.Figure f : brief.figures()) {
      List<Brief.Value> values = new ArrayList<>(f.before());
      if (f.latest() != null) values.add(f.latest());
      if (f.plan() != null) values.add(f.plan());
      for (Brief.Value v : values)
        if (!holds(bodyOf, v.source(), v.evidence())) wrong.add(f.series() + " " + v);
    }
    for (Brief.Said s : brief.said())
      if (!holds(bodyOf, s.source(), s.text())) wrong.add(s.toString());
    for (Brief.Happened h : brief.happened())
      if (!holds(bodyOf, h.source(), h.evidence())) wrong.add(h.toString());
    assertTrue(wrong.isEmpty(), wrong.toString());
    assertFalse(brief.happened().isEmpty());
  }

  private static boolean holds(Map<Integer, String> bodyOf, int source, String words) {
    return words != null && bodyOf.containsKey(source) && bodyOf.get(source).contains(words);
  }

  @Test
  void theMarkdownCitesOnlyListedSourcesAndKeepsArticleTextInert() {
    String md = MarkdownBrief.render(brief);
    assertTrue(md.startsWith("# Situation report: "), md);
    for (String h :
        List.of(
            "## Key figures",
            "## Who is involved",
            "## What was said",
            "## What happened",
            "## How outlets tell it",
            "## Sources")) {
      assertTrue(md.contains("\n" + h + "\n"), h);
    }
    Matcher m = Pattern.compile("\\[(\\d+)(?:, (\\d+))?\\]").matcher(md);
    int cites = 0;
    while (m.find()) {
      cites++;
      assertTrue(Integer.parseInt(m.group(1)) <= brief.sources().size(), m.group());
    }
    assertTrue(cites >= brief.sources().size());
    for (Brief.Source s : brief.sources())
      assertTrue(md.contains("\n" + s.n() + ". "), "source " + s.n());
    assertEquals(
        "a \\*b\\* \\[c\\](javascript:x) \\<img\\>",
        MarkdownBrief.esc("a *b* [c](javascript:x) <img>"));
    assertEquals("\\# not a heading", MarkdownBrief.esc("# not a heading"));
  }

  @Test
  void aPersonsBriefCoversTheArticlesThatNameThem() {
    Entity e =
        store.situation().entities().stream()
            .filter(x -> x.name().equals("Christine Lambrecht"))
            .findFirst()
            .orElseThrow();
    Brief b = BriefBuilder.build(store, e.docs(), e.name(), "Entity " + e.id(), null);
    assertEquals(e.docs().size(), b.articles());
    assertEquals("Christine Lambrecht", b.title());
    assertTrue(
        b.said().stream().anyMatch(s -> s.speaker().equals("Christine Lambrecht")),
        b.said().toString());
    assertTrue(b.byOutlet().isEmpty(), "one outlet: nothing to set side by side");
  }

  @Test
  void aLongTitleIsCutAtAWord() {
    String t = BriefBuilder.shortTitle("word ".repeat(60));
    assertTrue(t.length() <= 120 && t.endsWith("word…"), t);
    assertEquals("(untitled)", BriefBuilder.shortTitle(" "));
  }
}
