package org.sitrep.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Document;
import org.sitrep.server.Ingest;
import org.sitrep.store.Store;

/**
 * The bilingual pair of the golden test: a German article (Tagesblatt) and an English one (Daily)
 * on one event, ingested as any article is.
 */
public final class BilingualPair {
  private BilingualPair() {}

  /** Ingests the German article, then the English one; their results in that order. */
  public static List<Ingest.Result> ingest(Store store) throws IOException {
    Ingest ingest = new Ingest(store, Pipelines::byLanguage);
    List<Ingest.Result> out = new ArrayList<>();
    for (String name : List.of("de.txt", "en.txt")) {
      byte[] text;
      try (InputStream in =
          BilingualPair.class.getResourceAsStream("/org/sitrep/golden/bilingual/" + name)) {
        text = in.readAllBytes();
      }
      List<Ingest.Skipped> skipped = new ArrayList<>();
      List<Document> docs =
          ingest.parse(
              "text/plain",
              text,
              new Ingest.Meta(
                  null, name.startsWith("de") ? "Tagesblatt" : "Daily", null, null, null),
              skipped);
      out.add(ingest.run(docs, skipped));
    }
    return out;
  }
}
