package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.testing.ResolutionPicture;

/**
 * What the resolution defines whatever the order articles arrive in is the same for every order,
 * added batch by batch or rebuilt: each document's framing markers, and, since a duplicate group's
 * original is its earliest member (publication date, then id), which documents' figures and quotes
 * count — copies of an article never do, the article itself always does, even when it arrives after
 * them. Entities (their names, roles, country: the one the earliest article gives, coordinates and
 * preferred name: the most frequent, then the earliest, then the least), duplicate groups, stories
 * (their articles, title, first and last dates), fact series and statements are the same whole for
 * every order (only the join of a bare surname shared by two people may follow it), and the rebuild
 * replays it.
 */
class StoreArrivalOrderTest {
  @TempDir Path dir;

  /** The parts of a picture no arrival order may change. */
  record Defined(
      Map<String, List<FramingMarker>> framing,
      Map<String, Integer> observationsByDoc,
      Map<String, List<String>> quotesByDoc) {
    static Defined of(Store store, List<String> ids) {
      SituationView v = store.situation();
      Map<String, List<FramingMarker>> framing = new TreeMap<>();
      for (String id : ids) framing.put(id, v.framing(id));
      Map<String, Integer> obs = new TreeMap<>();
      for (FactSeries f : v.facts())
        for (Observation o : f.observations()) obs.merge(o.docId(), 1, Integer::sum);
      Map<String, List<String>> quotes = new TreeMap<>();
      for (QuoteVariants.Statement s : v.statements()) {
        for (QuoteVariants.Item q : s.variants())
          quotes.computeIfAbsent(q.docId(), k -> new ArrayList<>()).add(q.start() + "-" + q.end());
      }
      quotes.values().forEach(Collections::sort);
      return new Defined(framing, obs, quotes);
    }
  }

  @Test
  void framingAndWhichCopyCountsDoNotDependOnTheArrivalOrder() {
    List<Annotated> corpus = StoreIncrementalResolutionTest.corpus(120);
    Defined first = null;
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed * 31);
      List<Annotated> order = new ArrayList<>(corpus);
      Collections.shuffle(order, random);
      try (Store store = Store.open(dir.resolve("order" + seed))) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < order.size(); ) {
          int n = Math.min(order.size() - i, 1 + random.nextInt(15));
          for (Ingested in : store.putAll(order.subList(i, i + n)))
            if (in.isNew()) ids.add(in.id());
          i += n;
          if (random.nextBoolean()) store.resolvePending();
        }
        store.resolvePending();
        Collections.sort(ids);
        Defined kept = Defined.of(store, ids);
        store.resolveAll();
        assertEquals(kept, Defined.of(store, ids), "rebuilt, order " + seed);
        if (first == null) {
          first = kept;
          assertTrue(kept.observationsByDoc().size() > 10, "figures are counted");
          assertTrue(kept.quotesByDoc().size() > 10, "quotes are counted");
          assertTrue(kept.observationsByDoc().size() < ids.size() - 10, "copies add no figures");
        } else {
          assertEquals(first.framing(), kept.framing(), "framing, order " + seed);
          assertEquals(
              first.observationsByDoc(), kept.observationsByDoc(), "figures, order " + seed);
          assertEquals(first.quotesByDoc(), kept.quotesByDoc(), "quotes, order " + seed);
        }
      }
    }
  }

  /**
   * The whole picture with what only names or orders it left out: entities (type, name, variants,
   * roles with their dates and documents, country, mentions, documents) by their documents; the
   * duplicate groups, stories and statements as sets of documents (or quotes); each fact series'
   * observations as a set. Two arrival orders that resolve the same articles the same way give
   * equal ones.
   */
  record Whole(
      Set<String> entities,
      Set<Set<String>> duplicates,
      Set<String> stories,
      Map<String, Set<String>> series,
      Set<String> statements) {
    static Whole of(Store store, List<String> ids) {
      SituationView v = store.situation();
      Set<String> entities = new TreeSet<>();
      for (Entity e : v.entities()) {
        Set<String> roles = new TreeSet<>();
        for (Entity.RoleSpell r : e.roles())
          roles.add(
              r.role()
                  + "|"
                  + r.country()
                  + "|"
                  + r.firstSeen()
                  + "|"
                  + r.lastSeen()
                  + "|"
                  + new TreeSet<>(r.docs()));
        entities.add(
            e.type()
                + " "
                + e.name()
                + " "
                + new TreeSet<>(e.variants())
                + " "
                + roles
                + " "
                + e.country()
                + " "
                + e.lat()
                + ","
                + e.lon()
                + " "
                + e.mentions()
                + " "
                + new TreeSet<>(e.docs()));
      }
      Map<String, Set<String>> groups = new TreeMap<>();
      for (var r : store.reportRefs(ids).values())
        groups.computeIfAbsent(r.group(), k -> new TreeSet<>()).add(r.id());
      Set<Set<String>> duplicates = new HashSet<>(groups.values());
      Set<String> stories = new TreeSet<>();
      for (StoryView s : v.stories())
        stories.add(s.title() + " " + s.first() + " " + s.last() + " " + new TreeSet<>(s.docs()));
      Map<String, Set<String>> series = new TreeMap<>();
      for (FactSeries f : v.facts()) {
        Set<String> obs = new TreeSet<>();
        for (Observation o : f.observations())
          obs.add(o.docId() + "@" + o.start() + " " + o.value() + " " + o.asOf());
        series.put(f.key().toString(), obs);
      }
      Set<String> statements = new TreeSet<>();
      for (QuoteVariants.Statement s : v.statements()) {
        Set<String> quotes = new TreeSet<>();
        for (QuoteVariants.Item q : s.variants()) quotes.add(q.docId() + "@" + q.start());
        statements.add(s.speaker() + " " + quotes);
      }
      return new Whole(entities, duplicates, stories, series, statements);
    }
  }

  /**
   * Articles in random orders (back-filled and undated ones among newer ones), in random batches:
   * the picture kept up to date is the one {@code resolve} rebuilds, and apart from ids and the
   * order of ties it is the same picture for every order.
   */
  @Test
  void theWholePictureDoesNotDependOnTheArrivalOrder() {
    List<Annotated> corpus = new ArrayList<>(StoreIncrementalResolutionTest.corpus(120));
    corpus.addAll(placesAndNames());
    corpus.addAll(membersCounted());
    Whole first = null;
    for (long seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed * 977);
      List<Annotated> order = new ArrayList<>(corpus);
      Collections.shuffle(order, random);
      // one order is every article back-filled: newest first, undated ones first of all
      if (seed == 5)
        order.sort(
            java.util.Comparator.comparing(
                    (Annotated a) -> a.document().published().value(),
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .reversed());
      try (Store store = Store.open(dir.resolve("whole" + seed))) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < order.size(); ) {
          int n = Math.min(order.size() - i, 1 + random.nextInt(15));
          for (Ingested in : store.putAll(order.subList(i, i + n)))
            if (in.isNew()) ids.add(in.id());
          i += n;
          if (random.nextBoolean()) store.resolvePending();
        }
        store.resolvePending();
        Collections.sort(ids);
        ResolutionPicture kept = ResolutionPicture.of(store, ids);
        Whole whole = Whole.of(store, ids);
        store.resolveAll();
        assertEquals(ResolutionPicture.of(store, ids), kept, "rebuilt, order " + seed);
        assertChosenByTheRule(store.situation().entities(), "order " + seed);
        assertKeyedByTheMostFrequentName(whole.series(), "order " + seed);
        assertKeyedByTheMostFrequentName(Whole.of(store, ids).series(), "rebuilt, order " + seed);
        if (first == null) {
          first = whole;
          assertTrue(whole.stories().size() > 2, "several stories: " + whole.stories().size());
          assertTrue(
              whole.stories().size() < ids.size() / 2,
              "stories of several articles: " + whole.stories().size());
          continue;
        }
        assertEquals(first.duplicates(), whole.duplicates(), "duplicate groups, order " + seed);
        assertEquals(first.series(), whole.series(), "fact series, order " + seed);
        assertEquals(first.entities(), whole.entities(), "entities, order " + seed);
        assertEquals(first.statements(), whole.statements(), "statements, order " + seed);
        assertEquals(first.stories(), whole.stories(), "stories, order " + seed);
        assertEquals(
            ids.size(),
            kept.storyOf().values().stream().filter(java.util.Objects::nonNull).count(),
            "every article in a story, order " + seed);
      }
    }
  }

  /**
   * Articles that place one town at different points and write one organisation's name in two ways
   * as often: Springfield twice in Illinois after once in Massachusetts (the earliest), Portland
   * once in Oregon and once, earlier, in Maine; "Kiwanis" earlier than "KIWANIS", once each.
   */
  static List<Annotated> placesAndNames() {
    return List.of(
        placed("2023-02-10", "Springfield", 42.1015, -72.5898, "Kiwanis", "mill workers strike"),
        placed("2023-02-20", "Springfield", 39.7817, -89.6501, "KIWANIS", "flood barriers rise"),
        placed("2023-04-02", "Springfield", 39.7817, -89.6501, null, "library reopens downtown"),
        placed("2023-03-01", "Portland", 45.5152, -122.6784, null, "bridge repairs delayed"),
        placed("2023-01-15", "Portland", 43.6591, -70.2568, null, "harbour ferry resumes"));
  }

  private static Annotated placed(
      String date, String town, double lat, double lon, String org, String what) {
    String body =
        "In "
            + town
            + " the "
            + what
            + (org == null ? "" : ", and " + org + " observers were told about it")
            + ". Residents of "
            + town
            + " gathered on the square to hear the "
            + what.split(" ")[0]
            + " news read aloud.";
    List<Mention> ms = new ArrayList<>();
    ms.add(Mention.of(3, 3 + town.length(), town, "LOCATION").withPlace("USA", lat, lon));
    if (org != null) {
      int at = body.indexOf(org + " observers");
      ms.add(Mention.of(at, at + org.length(), org, "ORGANIZATION"));
    }
    int again = body.indexOf(town, 3 + town.length());
    ms.add(Mention.of(again, again + town.length(), town, "LOCATION").withPlace("USA", lat, lon));
    return Fixtures.plain("Town Crier", "Local", date, town + " " + what, body).withEntities(ms);
  }

  /**
   * Three articles counting one club's members, two writing it "ROTARY" (one of them undated) and
   * an earlier one "Rotary": its figures are one series, keyed by its most frequent name.
   */
  static List<Annotated> membersCounted() {
    return List.of(
        counted(
            "2023-05-01",
            "Rotary",
            1200,
            "Membership rose at the spring assembly in the valley, where volunteers signed up"
                + " newcomers at a pancake breakfast."),
        counted(
            "2023-05-20",
            "ROTARY",
            1250,
            "Organisers credited a youth mentoring scheme and weekend clean-ups along the river for"
                + " the growth."),
        counted(
            null,
            "ROTARY",
            1300,
            "The treasurer's annual letter thanked donors and listed the scholarships awarded to"
                + " local students."));
  }

  private static Annotated counted(String date, String club, int members, String more) {
    String lead = "The " + club + " club now counts " + members + " members. ";
    String body = lead + more;
    int at = 4, end = at + club.length();
    String figure = members + " members";
    int q = body.indexOf(figure);
    Annotated a =
        Fixtures.plain("Club Notes", "Local", date, club + " " + members, body)
            .withEntities(List.of(Mention.of(at, end, club, "ORGANIZATION")));
    return a.withQuantities(
            List.of(
                new org.sitrep.model.Quantity(
                    q,
                    q + figure.length(),
                    figure,
                    members,
                    null,
                    null,
                    "members",
                    false,
                    org.sitrep.model.Quantity.Bound.EXACT,
                    null)))
        .withFacts(
            List.of(
                new org.sitrep.model.Fact(
                    0,
                    club,
                    at,
                    end,
                    "members",
                    null,
                    members,
                    null,
                    null,
                    org.sitrep.model.Quantity.Bound.EXACT,
                    false,
                    null,
                    org.sitrep.model.Fact.Kind.LEVEL,
                    org.sitrep.model.Fact.Status.CURRENT,
                    date,
                    null,
                    null,
                    null,
                    null,
                    0,
                    lead.length(),
                    -1)));
  }

  /** The club's figures in one series keyed by the name two of its three articles give. */
  private static void assertKeyedByTheMostFrequentName(
      Map<String, Set<String>> series, String where) {
    List<String> club =
        series.keySet().stream()
            .filter(k -> k.toLowerCase(java.util.Locale.ROOT).contains("rotary"))
            .toList();
    assertEquals(1, club.size(), "one series for the club, " + where + ": " + club);
    assertTrue(club.get(0).contains("ROTARY"), "keyed by its most frequent name, " + where);
    assertEquals(3, series.get(club.get(0)).size(), "every figure in it, " + where);
  }

  /**
   * The entities of {@link #placesAndNames} as the rule chooses: each place at its most frequent
   * point, among equals the earliest; each name the most frequent, among equals the earliest.
   */
  private static void assertChosenByTheRule(List<Entity> entities, String where) {
    Map<String, Entity> byName = new TreeMap<>();
    for (Entity e : entities) byName.putIfAbsent(e.name(), e);
    Entity springfield = byName.get("Springfield");
    assertEquals(39.7817, springfield.lat(), 1e-9, "Springfield's most frequent point, " + where);
    assertEquals(-89.6501, springfield.lon(), 1e-9, where);
    Entity portland = byName.get("Portland");
    assertEquals(43.6591, portland.lat(), 1e-9, "Portland's earliest point, " + where);
    assertEquals(-70.2568, portland.lon(), 1e-9, where);
    List<String> club =
        entities.stream().map(Entity::name).filter(n -> n.equalsIgnoreCase("kiwanis")).toList();
    assertEquals(
        List.of("Kiwanis"), club, "one organisation, by the earliest of two names, " + where);
  }
}
