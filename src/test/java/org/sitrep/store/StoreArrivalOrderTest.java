package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.testing.FactBuilder.fact;

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
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.Resolver;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.testing.FactBuilder;
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
        List<String> ids = arrive(store, order, random);
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
   * Stores {@code order} in random batches, resolving after some of them and once at the end;
   * returns the ids of the documents new to the store, sorted.
   */
  static List<String> arrive(Store store, List<Annotated> order, Random random) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < order.size(); ) {
      int n = Math.min(order.size() - i, 1 + random.nextInt(15));
      for (Ingested in : store.putAll(order.subList(i, i + n))) if (in.isNew()) ids.add(in.id());
      i += n;
      if (random.nextBoolean()) store.resolvePending();
    }
    store.resolvePending();
    Collections.sort(ids);
    return ids;
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
        List<String> ids = arrive(store, order, random);
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
   * A club's members counted as a whole with parts of it, the women among them (a series of the
   * club's) and a country's chapters (a series of the country's), in an article that writes
   * "Civitan", before two that write "CIVITAN": the club's series are keyed by its most frequent
   * name, and when that name changes the part-of links follow its figures. In every arrival order,
   * each resolved as it comes, the links join the series under the name they have now, as in the
   * resolution kept in memory, and the picture is the one {@code resolve} rebuilds.
   */
  @Test
  void partOfLinksFollowAKeyNameThatChanges() {
    Map<String, Set<String>> expected =
        Map.of(
            "CIVITAN / members", Set.of("CIVITAN / women members", "DEU / members"),
            "CIVITAN / women members", Set.of("CIVITAN / members"),
            "DEU / members", Set.of("CIVITAN / members"));
    List<Annotated> corpus = new ArrayList<>();
    corpus.add(wholeAndParts());
    corpus.addAll(laterCounts("CIVITAN"));
    for (List<Integer> order :
        List.of(
            List.of(0, 1, 2),
            List.of(0, 2, 1),
            List.of(1, 0, 2),
            List.of(1, 2, 0),
            List.of(2, 0, 1),
            List.of(2, 1, 0))) {
      try (Store store = Store.open(dir.resolve("rekeyed" + order))) {
        List<String> ids = new ArrayList<>();
        for (int i : order) {
          for (Ingested in : store.putAll(List.of(corpus.get(i)))) ids.add(in.id());
          store.resolvePending();
        }
        Collections.sort(ids);
        ResolutionPicture kept = ResolutionPicture.of(store, ids);
        assertEquals(expected, ResolutionPicture.links(kept.facts()), "links, order " + order);
        Resolver inMemory = new Resolver();
        for (int i : order) inMemory.add(corpus.get(i));
        assertEquals(
            expected,
            ResolutionPicture.links(inMemory.situation().facts()),
            "links in memory, order " + order);
        for (FactSeries f : kept.facts())
          for (Observation o : f.observations())
            if (o.partOf() != null)
              assertEquals("CIVITAN / members", o.partOf().toString(), "the whole, order " + order);
        store.resolveAll();
        ResolutionPicture rebuilt = ResolutionPicture.of(store, ids);
        assertEquals(
            expected, ResolutionPicture.links(rebuilt.facts()), "links rebuilt, order " + order);
        assertEquals(null, rebuilt.firstDifference(kept), "rebuilt against kept, order " + order);
      }
    }
  }

  /**
   * The earliest article on the club, writing it "Civitan": its members, the women among them and
   * the German chapters' members, both parts of the whole.
   */
  private static Annotated wholeAndParts() {
    String lead = "The Civitan club now counts 1200 members. ";
    String parts = "Among them are 300 women members, and Germany's chapters have 150 members. ";
    String body =
        lead + parts + "The district governor praised the recruitment drive at the summer fair.";
    int at = 4, end = at + "Civitan".length(), sentence = lead.length() + parts.length();
    // a part of the whole, said in the second sentence
    java.util.function.Function<FactBuilder, Fact> part =
        b -> b.asOf("2023-05-01", null).evidence(lead.length(), sentence).partOf(0).build();
    return Fixtures.plain("Club Notes", "Local", "2023-05-01", "Civitan 1200", body)
        .withEntities(List.of(Mention.of(at, end, "Civitan", "ORGANIZATION")))
        .withQuantities(
            List.of(
                members(body, "1200 members", 1200),
                members(body, "300 women members", 300),
                members(body, "150 members", 150)))
        .withFacts(
            List.of(
                fact("members", 1200)
                    .subject("Civitan", at, end)
                    .asOf("2023-05-01", null)
                    .evidence(0, lead.length())
                    .build(),
                part.apply(fact("women members", 300).quantity(1).subject("Civitan", at, end)),
                part.apply(fact("members", 150).quantity(2).subject("Germany", null, null))));
  }

  /** The quantity of members {@code figure} writes, where it first stands in {@code body}. */
  static Quantity members(String body, String figure, int value) {
    int q = body.indexOf(figure);
    return new Quantity(
        q,
        q + figure.length(),
        figure,
        value,
        null,
        null,
        "members",
        false,
        Quantity.Bound.EXACT,
        null);
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
    List<Annotated> out = new ArrayList<>();
    out.add(
        counted(
            "2023-05-01",
            "Rotary",
            1200,
            "Membership rose at the spring assembly in the valley, where volunteers signed up"
                + " newcomers at a pancake breakfast."));
    out.addAll(laterCounts("ROTARY"));
    return out;
  }

  /** Two later counts of a club's members, the second undated, both writing it {@code club}. */
  private static List<Annotated> laterCounts(String club) {
    return List.of(
        counted(
            "2023-05-20",
            club,
            1250,
            "Organisers credited a youth mentoring scheme and weekend clean-ups along the river for"
                + " the growth."),
        counted(
            null,
            club,
            1300,
            "The treasurer's annual letter thanked donors and listed the scholarships awarded to"
                + " local students."));
  }

  private static Annotated counted(String date, String club, int members, String more) {
    String lead = "The " + club + " club now counts " + members + " members. ";
    String body = lead + more;
    int at = 4, end = at + club.length();
    Annotated a =
        Fixtures.plain("Club Notes", "Local", date, club + " " + members, body)
            .withEntities(List.of(Mention.of(at, end, club, "ORGANIZATION")));
    return a.withQuantities(List.of(members(body, members + " members", members)))
        .withFacts(
            List.of(
                fact("members", members)
                    .subject(club, at, end)
                    .asOf(date, null)
                    .evidence(0, lead.length())
                    .build()));
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
