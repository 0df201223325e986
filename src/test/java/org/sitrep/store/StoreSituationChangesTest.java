package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.SyntheticCorpus;
import org.sitrep.model.Annotated;
import org.sitrep.resolve.Resolver;
import org.sitrep.resolve.Situation;

/**
 * Saving only what changed between two resolutions leaves the tables as saving the second whole.
 */
class StoreSituationChangesTest {
  @TempDir Path dir;

  /** What the saved resolution reads back as, item by item and per document. */
  static List<Object> saved(Store store, List<Annotated> docs) {
    SituationView v = store.situation();
    Map<String, Object> perDoc = new LinkedHashMap<>();
    for (Annotated a : docs) {
      String id = a.document().id();
      perDoc.put(id, List.of(String.valueOf(v.storyOf(id).orElse(null)), v.framing(id)));
    }
    List<String> mentionEntities = new ArrayList<>();
    for (Annotated a : docs) {
      store
          .get(a.document().id())
          .orElseThrow()
          .entities()
          .forEach(m -> mentionEntities.add(m.entityId()));
    }
    return List.of(v.entities(), v.stories(), v.facts(), v.statements(), perDoc, mentionEntities);
  }

  @Test
  void changesOnlyEqualsTheWholeSaveGoingForwardAndBack() {
    SyntheticCorpus corpus =
        new SyntheticCorpus(3, SyntheticCorpus.fillerFrom(Path.of("examples")));
    List<Annotated> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) docs.add(corpus.article(i));
    try (Store store = Store.open(dir)) {
      store.putAll(docs);
      Resolver r = new Resolver();
      docs.subList(0, 40).forEach(r::add);
      Situation first = r.situation();
      docs.subList(40, 60).forEach(r::add);
      Situation second = r.situation();
      assertNotEquals(first.entities(), second.entities());

      store.saveSituation(second);
      List<Object> wholeSecond = saved(store, docs);
      store.saveSituation(first);
      List<Object> wholeFirst = saved(store, docs);

      store.saveSituationChanges(first, second);
      assertEquals(wholeSecond, saved(store, docs), "adding articles");
      store.saveSituationChanges(second, first);
      assertEquals(wholeFirst, saved(store, docs), "and taking them away again");
    }
  }
}
