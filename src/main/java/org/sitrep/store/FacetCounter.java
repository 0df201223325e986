package org.sitrep.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Facet values (outlet, label) on index documents and their counts over a set of matches.
 * Sorted-set doc values rather than a taxonomy index: the dimensions are flat, and no second index
 * has to be kept in step after a crash.
 */
final class FacetCounter {
  private final FacetsConfig config = new FacetsConfig();
  private final int top;
  private SortedSetDocValuesReaderState state;

  FacetCounter(int top) {
    this.top = top;
  }

  /** Adds a facet value; blank values are not counted (the facet module refuses empty labels). */
  static void add(Document d, String dim, String value) {
    if (value != null && !value.isBlank()) d.add(new SortedSetDocValuesFacetField(dim, value));
  }

  /** The document ready to index: facet fields turned into the doc values they are counted from. */
  Document build(Document d) throws IOException {
    return config.build(d);
  }

  /**
   * The {@code top} values of {@code dim} among the documents {@code matches} collected, largest
   * count first.
   */
  List<SearchResult.FacetCount> count(IndexSearcher s, FacetsCollector matches, String dim)
      throws IOException {
    SortedSetDocValuesReaderState st = state(s);
    if (st == null || st.getOrdRange(dim) == null) return List.of();
    FacetResult r = new SortedSetDocValuesFacetCounts(st, matches).getTopChildren(top, dim);
    if (r == null) return List.of();
    List<SearchResult.FacetCount> out = new ArrayList<>();
    for (LabelAndValue lv : r.labelValues)
      out.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
    return out;
  }

  /**
   * Facet ordinals belong to one reader; building them costs a pass over the values, so keep them
   * per reader.
   */
  private synchronized SortedSetDocValuesReaderState state(IndexSearcher s) throws IOException {
    if (state == null || state.getReader() != s.getIndexReader()) {
      try {
        state = new DefaultSortedSetDocValuesReaderState(s.getIndexReader(), config);
      } catch (IllegalArgumentException e) {
        return null; // no document has a facet value yet
      }
    }
    return state;
  }
}
