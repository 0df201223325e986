package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quote;
import org.sitrep.resolve.dedup.NearDuplicates;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.entity.EntityResolver;
import org.sitrep.resolve.fact.FactSeriesBuilder;
import org.sitrep.resolve.fact.StoredFacts;
import org.sitrep.resolve.framing.FramingDetector;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;
import org.sitrep.resolve.story.StoryLinks;

/**
 * Reads annotated articles one at a time, in the order they should be seen, and builds the {@link
 * Situation} in memory. Each part keeps bounded state per entity, story, series or statement, never
 * the articles themselves. The store keeps the same resolution in its tables instead, updated per
 * stored article ({@code store.StoredResolution}, same rules and configuration); this one serves
 * distributed jobs and benchmarks that need no store.
 */
public final class Resolver {
  private final EntityResolver entities = new EntityResolver();
  private final NearDuplicates duplicates = new NearDuplicates();
  private final StoryLinks stories = new StoryLinks();

  /** Each observation with the entity whose key name is its subject (null if none). */
  private final List<StoredFacts.Named> observed = new ArrayList<>();

  private final QuoteVariants quotes = new QuoteVariants();
  private final List<FramingMarker> framing = new ArrayList<>();
  private final Map<String, Situation.DocLinks> docs = new LinkedHashMap<>();
  private final Map<String, StoryAcc> storyAcc = new LinkedHashMap<>();

  private static final class StoryAcc {
    String title, titleKey, first, last;
    final List<String> docs = new ArrayList<>();
    final Set<String> groups = new LinkedHashSet<>();
    final Set<String> outlets = new LinkedHashSet<>();
    final Map<String, Integer> entityCounts = new HashMap<>();
  }

  public synchronized void add(Annotated a) {
    String id = a.document().id();
    if (docs.containsKey(id)) return;
    List<String> entityIds = entities.add(a);
    String text = comparedText(a);
    NearDuplicates.Match dup = duplicates.add(id, text);
    String date = a.document().published().value();
    StoryLinks.Assignment assigned = stories.add(id, date, text);
    String story = assigned.storyId();
    docs.put(id, new Situation.DocLinks(story, dup.duplicateOf(), entityIds));

    StoryAcc s = storyAcc.computeIfAbsent(story, k -> new StoryAcc());
    for (String m : assigned.merged()) merge(s, story, storyAcc.remove(m));
    s.docs.add(id);
    s.groups.add(dup.group());
    // the title is the earliest member's (dated before undated, then by id)
    String titleKey = StoryLinks.orderKey(date, id);
    if (s.titleKey == null || titleKey.compareTo(s.titleKey) < 0) {
      s.titleKey = titleKey;
      s.title = a.document().title() != null ? a.document().title() : firstSentence(a);
    }
    if (a.document().outlet() != null) s.outlets.add(a.document().outlet());
    if (date != null) {
      if (s.first == null || date.compareTo(s.first) < 0) s.first = date;
      if (s.last == null || date.compareTo(s.last) > 0) s.last = date;
    }
    for (String e : entityIds) if (e != null) s.entityCounts.merge(e, 1, Integer::sum);

    if (dup.duplicateOf() == null) {
      // Copies repeat their original's figures and quotes; counting them again would double the
      // evidence.
      observed.addAll(StoredFacts.named(a, entityIds, entities::keyName));
      for (Quote q : a.quotes()) quotes.add(quoteItem(a, q));
    }
    framing.addAll(FramingDetector.detect(a));
  }

  /** Moves a story that an article linked to {@code into} (id {@code id}) into it. */
  private void merge(StoryAcc into, String id, StoryAcc gone) {
    for (String d : gone.docs) {
      Situation.DocLinks l = docs.get(d);
      docs.put(d, new Situation.DocLinks(id, l.duplicateOf(), l.entityIds()));
    }
    into.docs.addAll(gone.docs);
    into.groups.addAll(gone.groups);
    into.outlets.addAll(gone.outlets);
    if (gone.titleKey != null
        && (into.titleKey == null || gone.titleKey.compareTo(into.titleKey) < 0)) {
      into.titleKey = gone.titleKey;
      into.title = gone.title;
    }
    if (gone.first != null && (into.first == null || gone.first.compareTo(into.first) < 0))
      into.first = gone.first;
    if (gone.last != null && (into.last == null || gone.last.compareTo(into.last) > 0))
      into.last = gone.last;
    gone.entityCounts.forEach((e, n) -> into.entityCounts.merge(e, n, Integer::sum));
  }

  /** Quote {@code q} of article {@code a} as statements are built from it. */
  public static QuoteVariants.Item quoteItem(Annotated a, Quote q) {
    return new QuoteVariants.Item(
        a.document().id(),
        a.document().outlet(),
        q.speaker(),
        q.text(),
        q.start(),
        q.end(),
        a.document().language(),
        a.document().published().value());
  }

  /** What duplicate detection and story grouping compare: the title, a blank line, the body. */
  public static String comparedText(Annotated a) {
    String title = a.document().title();
    return (title == null ? "" : title + "\n\n") + a.body();
  }

  private static String firstSentence(Annotated a) {
    // the name every command and page gives an untitled article
    return org.sitrep.model.ArticleName.of(null, a.body(), 120);
  }

  public synchronized Situation situation() {
    List<Entity> ents = entities.entities();
    Map<String, String> names = new HashMap<>();
    for (Entity e : ents) names.put(e.id(), e.name());
    List<StoryView> views = new ArrayList<>();
    for (var e : storyAcc.entrySet()) {
      StoryAcc s = e.getValue();
      List<String> top =
          s.entityCounts.entrySet().stream()
              .sorted((x, y) -> y.getValue() - x.getValue())
              .limit(8)
              .map(x -> names.getOrDefault(x.getKey(), x.getKey()))
              .toList();
      views.add(
          new StoryView(
              e.getKey(),
              s.title,
              List.copyOf(s.docs),
              s.groups.size(),
              List.copyOf(s.outlets),
              s.first,
              s.last,
              top));
    }
    views.sort((x, y) -> y.docs().size() - x.docs().size());
    // series keyed by each entity's key name as it stands now, not as it stood when a figure came
    FactSeriesBuilder facts = new FactSeriesBuilder();
    for (StoredFacts.Named o : observed) facts.add(o.renamed(entities::keyName));
    return new Situation(
        ents, views, facts.build(), quotes.all(), List.copyOf(framing), Map.copyOf(docs));
  }
}
