package org.sitrep.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Problems;
import org.sitrep.store.Store;

/**
 * A watch test's surroundings: a site served on loopback and a real store in a temporary directory,
 * both opened before each test and closed after it, and the lines a watch reports collected in
 * {@link #lines}.
 */
abstract class LoopbackStoreFixture {
  static final Pipeline PIPELINE = Pipelines.languageNeutral();
  static final List<LoopbackSite.Article> EXAMPLES = LoopbackSite.examples();

  @TempDir Path dir;
  LoopbackSite site;
  Store store;
  final List<String> lines = new CopyOnWriteArrayList<>();
  final Problems problems = new Problems(p -> lines.add(p.line()));

  @BeforeEach
  void openSiteAndStore() throws IOException {
    site = new LoopbackSite();
    store = Store.open(dir.resolve("data"));
  }

  @AfterEach
  void closeSiteAndStore() {
    site.close();
    store.close();
  }

  /** Stores documents as the CLI does, with the sentence, time and quantity stages. */
  Watcher.Articles articles() {
    return docs -> {
      List<Annotated> a = new ArrayList<>();
      for (Document d : docs) a.add(PIPELINE.run(d));
      return store.putAll(a);
    };
  }
}
