package org.sitrep.annotate.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.sitrep.annotate.Pipelines;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Fact;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.pipeline.LanguagePipelines;

/**
 * What the German fact tests share: the pipelines by language, loaded once for all of them, a
 * German text annotated as an article of a given day, and the fact of one of its figures.
 */
final class GermanFactFixture {
  private static LanguagePipelines pipelines;

  private GermanFactFixture() {}

  /** {@code text} annotated as a German article published on {@code date}. */
  static synchronized Annotated run(String date, String text) {
    if (pipelines == null) pipelines = Pipelines.byLanguage();
    Document d =
        Document.of(
            Source.file("t"), null, null, null, Published.stated(date), "de", List.of(), text);
    return pipelines.run(d);
  }

  /** {@code text} annotated as a German article published on {@code date} at {@code url}. */
  static synchronized Annotated run(String date, String text, String url) {
    if (pipelines == null) pipelines = Pipelines.byLanguage();
    Document d =
        Document.of(
            new Source("t", url, null, 0),
            null,
            null,
            null,
            Published.stated(date),
            "de",
            List.of(),
            text);
    return pipelines.run(d);
  }

  /** The facts of {@code text} as a German article published on {@code date}. */
  static List<Fact> facts(String date, String text) {
    return run(date, text).facts();
  }

  /** The one fact of {@code text}; fails when there are none or more. */
  static Fact only(String date, String text) {
    List<Fact> fs = facts(date, text);
    assertEquals(1, fs.size(), () -> "one fact expected in: " + text + " got " + fs);
    return fs.get(0);
  }

  /** The fact of the figure first written as {@code figure} in {@code a}, or null. */
  static Fact on(Annotated a, String figure) {
    int at = a.body().indexOf(figure);
    for (Fact f : a.facts()) {
      var q = a.quantities().get(f.quantityIndex());
      if (q.start() <= at && at < q.end()) return f;
    }
    return null;
  }
}
