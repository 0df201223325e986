package org.sitrep.store;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A filter to a set of document ids (a story's, an entity's) that works out each segment's matches
 * once and keeps them for as long as the segment lives. Looking up 100,000 ids costs more than the
 * search it narrows, and Lucene's own query cache skips caching when its lock is busy, which under
 * concurrent requests is most of the time.
 */
final class IdSetQuery extends Query {
  private final Query ids;
  private final Map<Object, FixedBitSet> perSegment =
      Collections.synchronizedMap(new WeakHashMap<>());

  IdSetQuery(Query ids) {
    this.ids = ids;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = searcher.createWeight(searcher.rewrite(ids), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext ctx) throws IOException {
        var helper = ctx.reader().getCoreCacheHelper();
        Object key = helper == null ? null : helper.getKey();
        FixedBitSet bits = key == null ? null : perSegment.get(key);
        if (bits == null) {
          bits = new FixedBitSet(ctx.reader().maxDoc());
          Scorer s = inner.scorer(ctx);
          if (s != null) {
            DocIdSetIterator it = s.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc())
              bits.set(d);
          }
          if (key != null) perSegment.put(key, bits);
        }
        return new ConstantScoreScorer(
            this, score(), scoreMode, new BitSetIterator(bits, bits.cardinality()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // kept here already
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "IdSet(" + ids.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
