package org.sitrep.store;

import java.sql.SQLException;
import java.util.List;
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
}
