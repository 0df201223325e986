package org.sitrep.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Pipelines;
import org.sitrep.annotate.fact.FactStage;
import org.sitrep.json.ContractJson;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Pipeline;

/**
 * Sentences met again take their tags from the cache, and the whole pipeline's output is exactly a
 * cold run's: the same annotate JSON and the same tokens, with offsets into each document's own
 * body, on near copies of the sample articles (a paragraph changed, added in front, or dropped).
 */
class CoreNlpSentenceCacheTest {
  private static final String NEW_PARAGRAPH =
      "Officials in Brussels said on Tuesday that 1,200 more troops would arrive by March, "
          + "according to a statement from the alliance.";

  private static Document doc(String body) {
    return Document.of(
        Source.file("t"),
        "Outlet",
        null,
        null,
        Published.stated("2024-03-01"),
        "en",
        List.of(),
        body);
  }

  /** Each sample, then three near copies of it. */
  private static List<Document> stream() throws Exception {
    List<Document> out = new ArrayList<>();
    try (var files = Files.list(Path.of("examples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String body = Files.readString(f).strip();
        List<String> paras = new ArrayList<>(List.of(body.split("\n\n")));
        out.add(doc(body));
        List<String> changed = new ArrayList<>(paras);
        changed.set(paras.size() / 2, NEW_PARAGRAPH);
        out.add(doc(String.join("\n\n", changed)));
        out.add(doc(NEW_PARAGRAPH + "\n\n" + body));
        out.add(doc(String.join("\n\n", paras.subList(1, paras.size()))));
      }
    }
    return out;
  }

  @Test
  void nearCopiesAnnotateExactlyAsAColdRun() throws Exception {
    List<Document> docs = stream();
    // cold: no sentence cache and no parse cache, every sentence tagged and parsed afresh
    Pipeline cold = Pipelines.standard(null);
    List<String> coldJson = new ArrayList<>();
    List<List<Token>> coldTokens = new ArrayList<>();
    long parsedBefore = FactStage.sentencesParsed();
    int facts = 0;
    for (Document d : docs) {
      Annotated a = cold.run(d);
      coldJson.add(ContractJson.line(a));
      coldTokens.add(a.tokens());
      facts += a.facts().size();
    }
    long coldParses = FactStage.sentencesParsed() - parsedBefore;
    assertTrue(facts > 0, "the stream has facts");
    assertTrue(coldParses > 0, "and sentences whose facts need a parse");

    SentenceCache cache = new SentenceCache(100_000, 64L << 20);
    Pipeline warm = Pipelines.standard(cache);
    // the first pass meets the near copies after their originals, the second meets only
    // sentences the caches already hold: neither changes a field of the output
    for (int pass = 0; pass < 2; pass++) {
      long misses = cache.misses(), parsed = FactStage.sentencesParsed();
      for (int i = 0; i < docs.size(); i++) {
        Annotated b = warm.run(docs.get(i));
        assertEquals(coldJson.get(i), ContractJson.line(b), "annotate JSON of " + docs.get(i).id());
        assertEquals(coldTokens.get(i), b.tokens(), "tokens of " + docs.get(i).id());
      }
      if (pass == 0) {
        assertTrue(
            cache.hits() > cache.misses() / 2,
            "the copies reuse their sentences: " + cache.hits() + " hits, " + cache.misses());
      } else {
        assertEquals(misses, cache.misses(), "every sentence from the sentence cache");
        assertEquals(parsed, FactStage.sentencesParsed(), "every parse from the parse cache");
      }
    }
    // Reused sentences sit elsewhere in the copies: their tokens point into the copy's own body.
    for (Document d : docs) {
      for (var t : warm.run(d).tokens())
        assertEquals(t.word(), d.body().substring(t.start(), t.end()));
    }
  }

  @Test
  void aCachedLemmaIsTheTokensOwnTextWhenTheyAreTheSame() {
    List<CoreLabel> s = sentence("troops", "Arrive", ".");
    SentenceCache.Tags t = SentenceCache.Tags.of(s, null, CoreLabel::ner);
    assertNull(t.lemma()[0], "held once, in the key");
    assertEquals("troops", t.lemma(0, "troops"));
    assertEquals("arrive", t.lemma(1, "Arrive"));
    assertTrue(t.lemma()[1] == "arrive".intern(), "a shared copy");
  }

  private static List<CoreLabel> sentence(String... words) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : words) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setOriginalText(w);
      l.setTag("NN");
      l.setLemma(w.toLowerCase(java.util.Locale.ROOT));
      l.setNER("O");
      out.add(l);
    }
    return out;
  }

  @Test
  void theLeastRecentlyUsedSentenceGoesFirstWhenTheCacheIsFull() {
    SentenceCache c = new SentenceCache(2, 1L << 20);
    List<String> keys = new ArrayList<>();
    for (String w : List.of("Alpha", "Beta", "Gamma")) {
      List<CoreLabel> s = sentence(w, "rises", ".");
      keys.add(SentenceCache.key(s));
      c.put(keys.get(keys.size() - 1), SentenceCache.Tags.of(s, null, CoreLabel::ner));
      if (w.equals("Beta")) assertNotNull(c.get(keys.get(0))); // Alpha used again
    }
    assertEquals(2, c.size());
    assertNull(c.get(keys.get(1)), "Beta, least recently used, went");
    assertEquals("alpha", c.get(keys.get(0)).lemma()[0]);
    assertNotNull(c.get(keys.get(2)));

    SentenceCache small = new SentenceCache(1_000, 2_000);
    for (int i = 0; i < 50; i++) {
      List<CoreLabel> s = sentence("Word" + i, "and", "more", "words", "here", ".");
      small.put(SentenceCache.key(s), SentenceCache.Tags.of(s, null, CoreLabel::ner));
    }
    assertTrue(small.size() < 10, "bounded in bytes too: " + small.size());
    assertTrue(small.size() >= 1);
  }

  @Test
  void theKeyIsTheTokensNotWhereTheyAre() {
    List<CoreLabel> a = sentence("Troops", "arrive", "."), b = sentence("Troops", "arrive", ".");
    for (CoreLabel l : b) {
      l.setBeginPosition(l.beginPosition() + 500);
      l.setEndPosition(l.endPosition() + 500);
    }
    assertEquals(SentenceCache.key(a), SentenceCache.key(b));
    assertTrue(!SentenceCache.key(a).equals(SentenceCache.key(sentence("Troops", "arrived", "."))));
  }
}
