package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Span;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.store.Store;

/** An article the store has already is recognised before it is annotated, not after. */
class IngestKnownArticlesTest {
  @TempDir Path dir;

  /** Counts the documents it annotates: one sentence over the whole body. */
  static final class Counting implements Stage {
    final AtomicInteger runs = new AtomicInteger();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public Set<Layer> needs() {
      return EnumSet.of(Layer.BODY);
    }

    @Override
    public Set<Layer> adds() {
      return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public Annotated apply(Annotated doc) {
      runs.incrementAndGet();
      return doc.withSentences(List.of(new Span(0, doc.body().length())));
    }
  }

  @Test
  void aStoredArticlePostedAgainOnlyAddsItsSourceWithoutAnnotation() throws Exception {
    Counting counting = new Counting();
    LanguagePipelines pipelines =
        LanguagePipelines.builder("en", Pipeline.builder().add(counting).build()).build();
    String text = Files.readString(Path.of("examples", "000_354fb2ecf45f77ce.txt"));
    String other = Files.readString(Path.of("examples", "001_fdf32aae2420c610.txt"));
    try (Store store = Store.open(dir)) {
      Ingest ingest = new Ingest(store, () -> pipelines);
      Ingest.Result first = post(ingest, text, "https://a.example/1");
      assertTrue(first.stored().get(0).isNew());
      assertEquals(1, counting.runs.get());

      // The same article from another address, beside a new one and a repeat within the body.
      List<Ingest.Skipped> skipped = new ArrayList<>();
      List<Document> docs = new ArrayList<>(parse(ingest, text, "https://b.example/2", skipped));
      docs.addAll(parse(ingest, other, "https://b.example/3", skipped));
      docs.addAll(parse(ingest, other, "https://b.example/4", skipped));
      Ingest.Result again = ingest.run(docs, skipped);
      assertEquals(2, counting.runs.get(), "only the new article was annotated");
      assertFalse(again.stored().get(0).isNew());
      assertEquals(1, again.stored().get(0).sourcesAdded());
      assertTrue(again.stored().get(1).isNew());
      assertFalse(again.stored().get(2).isNew());
      assertEquals(1, again.stored().get(2).sourcesAdded());
      Annotated kept = store.get(first.stored().get(0).id()).orElseThrow();
      assertEquals(1, kept.sentences().size(), "the stored annotation is the first one, kept");
      assertEquals(2, kept.document().sources().size());
      assertEquals(2, store.count());
    }
  }

  private static Ingest.Result post(Ingest ingest, String text, String url) throws Exception {
    List<Ingest.Skipped> skipped = new ArrayList<>();
    return ingest.run(parse(ingest, text, url, skipped), skipped);
  }

  private static List<Document> parse(
      Ingest ingest, String text, String url, List<Ingest.Skipped> skipped) throws Exception {
    return ingest.parse(
        "text/plain",
        text.getBytes(StandardCharsets.UTF_8),
        new Ingest.Meta(null, "Outlet", null, "2024-05-01", url),
        skipped);
  }
}
