package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.Annotated;

/**
 * The port for the source of truth: documents with their sources and annotation layers. Each put is
 * atomic: after a crash a document is there whole or not at all. An adapter for a server database
 * (PostgreSQL) implements the same.
 */
public interface DocumentStore extends AutoCloseable {
  /** Stores a new document, or only the sources it lacks when the id is known. One transaction. */
  Ingested put(Annotated doc);

  /**
   * As {@link #put} for each, all in one transaction: faster for batches, and still all-or-nothing.
   */
  List<Ingested> putAll(List<Annotated> docs);

  /**
   * Which of {@code ids} are stored: what lets an ingest skip annotating an article it already has.
   */
  Set<String> stored(java.util.Collection<String> ids);

  /** The document as first written, with every source known now; tokens are not kept. */
  Optional<Annotated> get(String id);

  List<DocSummary> list(ListQuery q);

  /**
   * How each of these documents is shown in a list (name, outlet, date), by id, for those stored;
   * reads titles and the start of bodies only.
   */
  java.util.Map<String, ArticleRef> refs(java.util.Collection<String> ids);

  /** Articles per publication day (ISO, oldest first) and outlet ({@code unknown} when none). */
  java.util.SortedMap<String, java.util.Map<String, Integer>> perDay(String unknown);

  /**
   * Articles and distinct reports (an article that is no copy of an earlier one) per publication
   * day (ISO, oldest first) and outlet ({@code unknown} when none): {articles, reports}.
   */
  java.util.SortedMap<String, java.util.Map<String, int[]>> reportsPerDay(String unknown);

  /** Date, outlet and duplicate group of each of these documents that is stored, by id. */
  java.util.Map<String, ReportRef> reportRefs(java.util.Collection<String> ids);

  /** Mentions resolved to each entity in these documents, by entity id. */
  java.util.Map<String, Integer> mentionsPerEntity(java.util.Collection<String> ids);

  long count();

  /** Every stored id; for reconciling the search index. */
  Set<String> ids();

  /** Feeds {@code sink} the searchable part of each listed id that is stored. */
  void searchables(Iterable<String> ids, Consumer<Searchable> sink);

  /**
   * Adds every document not resolved yet to the resolution kept in the store, in the order they
   * were stored, a batch per transaction; returns how many, and adds the ids of the items they
   * changed to {@code changed}.
   */
  int resolvePending(Resolution.Changed changed);

  /** Drops the resolution and resolves every document again, in the order they were stored. */
  int resolveAll(Resolution.Changed changed);

  /** How many documents are stored but not resolved yet. */
  long unresolved();

  /** The store position up to which documents are resolved (see {@link Store#resolvedThrough}). */
  long resolvedThrough();

  /** How many resolved items of a kind (entity, story, series, statement) are saved. */
  long resolvedCount(String kind);

  /** Read access to the saved resolution. */
  ResolvedReader resolved();

  /**
   * For a read-only store: moves its snapshot to the writer's last commit. Does nothing for the
   * writer.
   */
  default void refresh() {}

  @Override
  void close();
}
