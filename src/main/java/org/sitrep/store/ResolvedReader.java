package org.sitrep.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sitrep.resolve.framing.FramingMarker;

/**
 * The port for reading saved resolution results: items of a kind (entity, story, series, statement)
 * as records.
 */
interface ResolvedReader {
  <T> List<T> all(String kind, Class<T> type) throws SQLException;

  /** The first {@code limit} items of a kind by rank (most mentioned, most articles, most seen). */
  <T> List<T> top(String kind, Class<T> type, int limit) throws SQLException;

  /** One item, or null. */
  <T> T one(String kind, String id, Class<T> type) throws SQLException;

  List<FramingMarker> framing(String docId) throws SQLException;

  /** The story a document was grouped into, or null. */
  String storyOf(String docId) throws SQLException;

  /**
   * One item as it stands now, built from {@code previous} (the item as read when the resolution
   * stood at {@code after}) and what documents stored since added to it; null when it is gone.
   */
  <T> T since(String kind, String id, T previous, long after, Class<T> type) throws SQLException;

  /** The story of each document resolved after {@code after}, by document. */
  Map<String, String> storiesAfter(long after) throws SQLException;

  /** The documents resolved after {@code after} that name each of these entities, by entity. */
  Map<String, List<String>> entityDocsAfter(Collection<String> entityIds, long after)
      throws SQLException;
}
