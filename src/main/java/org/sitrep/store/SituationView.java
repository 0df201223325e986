package org.sitrep.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.resolve.StoryView;
import org.sitrep.resolve.entity.Entity;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;

/**
 * Read access to the last resolution saved in a store: entities, stories, fact series, statements,
 * framing.
 */
public final class SituationView {
  private final Store store;
  private final ResolvedReader tables;

  SituationView(Store store, ResolvedReader tables) {
    this.store = store;
    this.tables = tables;
  }

  public List<Entity> entities() {
    return read(() -> tables.all("entity", Entity.class));
  }

  /** The {@code limit} most mentioned entities. */
  public List<Entity> entities(int limit) {
    return read(() -> tables.top("entity", Entity.class, limit));
  }

  /** The {@code limit} stories with most articles. */
  public List<StoryView> stories(int limit) {
    return read(() -> tables.top("story", StoryView.class, limit));
  }

  /** The {@code limit} series with most observations. */
  public List<FactSeries> mostObservedFacts(int limit) {
    return read(() -> tables.top("series", FactSeries.class, limit));
  }

  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(read(() -> tables.one("entity", id, Entity.class)));
  }

  public List<StoryView> stories() {
    return read(() -> tables.all("story", StoryView.class));
  }

  public Optional<StoryView> story(String id) {
    return Optional.ofNullable(read(() -> tables.one("story", id, StoryView.class)));
  }

  /** One series by its key as text ({@code SeriesKey.toString()}). */
  public Optional<FactSeries> series(String key) {
    return Optional.ofNullable(read(() -> tables.one("series", key, FactSeries.class)));
  }

  public Optional<QuoteVariants.Statement> statement(String id) {
    return Optional.ofNullable(
        read(() -> tables.one("statement", id, QuoteVariants.Statement.class)));
  }

  public List<FactSeries> facts() {
    return read(() -> tables.all("series", FactSeries.class));
  }

  public List<QuoteVariants.Statement> statements() {
    return read(() -> tables.all("statement", QuoteVariants.Statement.class));
  }

  public List<FramingMarker> framing(String docId) {
    return read(() -> tables.framing(docId));
  }

  public Optional<String> storyOf(String docId) {
    return Optional.ofNullable(read(() -> tables.storyOf(docId)));
  }

  // ---- bringing a copy up to date: each takes the item as read when the resolution stood at
  // {@code after} ({@link Store#resolvedThrough}), or null for one created since, and reads only
  // what the documents resolved since added to it.

  public Optional<Entity> entity(String id, Entity previous, long after) {
    return Optional.ofNullable(
        read(() -> tables.since("entity", id, previous, after, Entity.class)));
  }

  public Optional<StoryView> story(String id, StoryView previous, long after) {
    return Optional.ofNullable(
        read(() -> tables.since("story", id, previous, after, StoryView.class)));
  }

  /** One series by its key as text, brought up to date from {@code previous}. */
  public Optional<FactSeries> series(String key, FactSeries previous, long after) {
    return Optional.ofNullable(
        read(() -> tables.since("series", key, previous, after, FactSeries.class)));
  }

  public Optional<QuoteVariants.Statement> statement(
      String id, QuoteVariants.Statement previous, long after) {
    return Optional.ofNullable(
        read(() -> tables.since("statement", id, previous, after, QuoteVariants.Statement.class)));
  }

  /** The story of each document resolved after {@code after}, by document id. */
  public Map<String, String> storiesAfter(long after) {
    return read(() -> tables.storiesAfter(after));
  }

  /** The documents resolved after {@code after} that name each of these entities. */
  public Map<String, List<String>> entityDocsAfter(Collection<String> entityIds, long after) {
    return read(() -> tables.entityDocsAfter(entityIds, after));
  }

  private interface Read<T> {
    T get() throws SQLException;
  }

  private <T> T read(Read<T> r) {
    synchronized (store) {
      try {
        return r.get();
      } catch (SQLException e) {
        throw new StoreException(
            store.dataDir() + ": cannot read resolved data: " + e.getMessage(), e);
      }
    }
  }
}
