package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.resolve.fact.FactSeries;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.framing.FramingMarker;
import org.sitrep.resolve.quote.QuoteVariants;

/**
 * What the resolution defines whatever the order articles arrive in is the same for every order,
 * added batch by batch or rebuilt: each document's framing markers, and, since a duplicate group's
 * original is its earliest member (publication date, then id), which documents' figures and quotes
 * count — copies of an article never do, the article itself always does, even when it arrives after
 * them. (Stories, the join of a bare surname and the grouping of quotes into statements still
 * follow the arrival order; the rebuild replays it, and equals the incremental picture exactly.)
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
}
