package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.testing.FactBuilder.fact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.testing.ResolutionPicture;

/**
 * An article's figures are taken back when an earlier copy of it arrives and becomes its group's
 * original: the series lose its observations, and a part-of link that only its figures gave is
 * dropped, while a link the earlier copy gives too is kept. Either way the picture kept up to date
 * is the one {@code resolve} rebuilds.
 */
class StoreRetractTest {
  @TempDir Path dir;

  private static final String LEAD = "The Civitan club now counts 1200 members. ";
  private static final String PARTS =
      "Among them are 300 women members, and the chapters abroad have 150 members. ";
  private static final String REST =
      "The district governor praised the recruitment drive at the summer fair, where volunteers"
          + " signed up newcomers at a pancake breakfast beside the old town hall. Organisers"
          + " credited a youth mentoring scheme, weekend clean-ups along the river and a series of"
          + " evening lectures on local history for the growth. The treasurer's annual letter"
          + " thanked donors, listed the scholarships awarded to students of the two secondary"
          + " schools and announced that the clubhouse roof would be repaired before the winter."
          + " Next spring the club plans a charity run through the valley, with the proceeds going"
          + " to the children's ward of the regional hospital and to the volunteer fire brigade.";

  /** What a copy with the same parts adds at its end: another text, not the same one again. */
  private static final String COPY_ENDS = " Reporting by the club's newsletter team.";

  @Test
  void aLinkOnlyTheLaterArticleGaveIsDroppedWhenAnEarlierCopyTakesItsPlace() {
    Annotated later = article("2023-05-02", true, "");
    Annotated earlierCopy = article("2023-05-01", false, "");
    assertLinks(later, earlierCopy, Map.of(), "the copy gives no part");
  }

  @Test
  void aLinkTheEarlierCopyGivesTooIsKept() {
    Annotated later = article("2023-05-02", true, "");
    Annotated earlierCopy = article("2023-05-01", true, COPY_ENDS);
    assertLinks(
        later,
        earlierCopy,
        Map.of(
            "Civitan / members", Set.of("Civitan / women members"),
            "Civitan / women members", Set.of("Civitan / members")),
        "the copy gives the same part");
  }

  /**
   * Stores {@code later}, resolves, then stores its earlier copy and resolves again: the links are
   * {@code expected}, before and after a rebuild, and while only {@code later} was stored its parts
   * were linked.
   */
  private void assertLinks(
      Annotated later, Annotated earlierCopy, Map<String, Set<String>> expected, String what) {
    try (Store store = Store.open(dir.resolve(what.replace(' ', '-')))) {
      List<String> ids = new ArrayList<>();
      for (Ingested in : store.putAll(List.of(later))) ids.add(in.id());
      store.resolvePending();
      assertTrue(
          ResolutionPicture.links(ResolutionPicture.of(store, ids).facts())
              .containsKey("Civitan / members"),
          "the later article alone links its parts, " + what);
      for (Ingested in : store.putAll(List.of(earlierCopy))) {
        assertTrue(in.isNew(), "the copy is stored as an article of its own, " + what);
        ids.add(in.id());
      }
      store.resolvePending();
      Collections.sort(ids);
      ResolutionPicture kept = ResolutionPicture.of(store, ids);
      Map<String, Integer> byDoc = new TreeMap<>();
      for (FactSeries f : kept.facts())
        for (var o : f.observations()) byDoc.merge(o.docId(), 1, Integer::sum);
      assertEquals(1, byDoc.size(), "only the group's original counts, " + what + ": " + byDoc);
      assertEquals(expected, ResolutionPicture.links(kept.facts()), "links kept, " + what);
      store.resolveAll();
      ResolutionPicture rebuilt = ResolutionPicture.of(store, ids);
      assertEquals(expected, ResolutionPicture.links(rebuilt.facts()), "links rebuilt, " + what);
      assertEquals(null, rebuilt.firstDifference(kept), "rebuilt against kept, " + what);
    }
  }

  /**
   * The club's member count; with {@code parts}, also the women among them, a part of the whole.
   */
  private static Annotated article(String date, boolean parts, String ends) {
    String body = LEAD + (parts ? PARTS : "") + REST + ends;
    int at = 4, end = at + "Civitan".length();
    List<Quantity> quantities = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    quantities.add(StoreArrivalOrderTest.members(body, "1200 members", 1200));
    facts.add(
        fact("members", 1200)
            .subject("Civitan", at, end)
            .asOf(date, null)
            .evidence(0, LEAD.length())
            .build());
    if (parts) {
      quantities.add(StoreArrivalOrderTest.members(body, "300 women members", 300));
      facts.add(
          fact("women members", 300)
              .quantity(1)
              .subject("Civitan", at, end)
              .asOf(date, null)
              .evidence(LEAD.length(), LEAD.length() + PARTS.length())
              .partOf(0)
              .build());
    }
    return Fixtures.plain("Club Notes", "Local", date, "Civitan members", body)
        .withEntities(List.of(Mention.of(at, end, "Civitan", "ORGANIZATION")))
        .withQuantities(quantities)
        .withFacts(facts);
  }
}
