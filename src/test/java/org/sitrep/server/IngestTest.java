package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Document;
import org.sitrep.query.Situations;
import org.sitrep.query.Snapshot;
import org.sitrep.store.Store;
import org.sitrep.testing.ResolutionPicture;

/**
 * Ingests one article at a time, newer, older (back-filled) and undated ones: each is added to the
 * resolution kept in the store, and the saved picture is the one a rebuild from every stored
 * document gives.
 */
class IngestTest {
  @TempDir Path dir;

  @Test
  void everyArticleIsAddedAndThePictureIsTheRebuildsWhateverItsDate() throws IOException {
    try (Store store = Store.open(dir)) {
      // what the server shows: read whole at start, then brought up to date with each run's changes
      Situations x = new Situations(store);
      x.refresh();
      Ingest ingest = new Ingest(store, Pipelines::byLanguage, x::apply);
      List<String> ids = new ArrayList<>(), modes = new ArrayList<>();
      List<ResolutionPicture> kept = new ArrayList<>(), whole = new ArrayList<>();
      // the samples as the server fixture posts them: the fourth is older than the third
      List<String[]> posts = new ArrayList<>(ServerFixture.SAMPLES);
      posts.add(
          new String[] {
            "000_354fb2ecf45f77ce.txt", "Radio East", null
          }); // a near copy, undated: last in order
      posts.add(
          new String[] {
            "001_fdf32aae2420c610.txt", "Radio East", "2025-01-02"
          }); // dated, after an undated one
      for (int i = 0; i < posts.size(); i++) {
        String[] p = posts.get(i);
        String text = Files.readString(Path.of("examples", p[0]));
        if (i >= 5) { // a near copy: one paragraph more
          text =
              text.replaceFirst(
                  "\n\n“",
                  "\n\nThe defence ministry in Berlin confirmed the figures later that day.\n\n“");
        }
        List<Ingest.Skipped> skipped = new ArrayList<>();
        List<Document> docs =
            ingest.parse(
                "text/plain",
                text.getBytes(StandardCharsets.UTF_8),
                new Ingest.Meta(null, p[1], null, p[2], null),
                skipped);
        Ingest.Result r = ingest.run(docs, skipped);
        assertEquals(1, r.stored().size());
        assertTrue(r.stored().get(0).isNew(), p[0]);
        ids.add(r.stored().get(0).id());
        modes.add(r.resolution());
        kept.add(ResolutionPicture.of(store.situation(), ids));
        Snapshot shown = x.snapshot();
        ResolutionPicture now = kept.get(kept.size() - 1);
        assertEquals(
            Set.copyOf(now.entities()), Set.copyOf(shown.entities().values()), "shown entities");
        assertEquals(
            Set.copyOf(now.stories()), Set.copyOf(shown.stories().values()), "shown stories");
        assertEquals(Set.copyOf(now.facts()), Set.copyOf(shown.series().values()), "shown series");
        assertEquals(now.statements(), shown.statements(), "shown statements");
        store.resolveAll();
        whole.add(ResolutionPicture.of(store.situation(), ids));
      }
      assertEquals(List.of("added", "added", "added", "added", "added", "added", "added"), modes);
      for (int i = 0; i < posts.size(); i++)
        assertEquals(whole.get(i), kept.get(i), "after ingest " + (i + 1));
      assertEquals(1, whole.get(6).stories().size(), whole.get(6).stories().toString());
      assertEquals(7, whole.get(6).stories().get(0).docs().size());
    }
  }
}
