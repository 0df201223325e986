package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/** {@link EntityTimeline} on a hand-tagged article, without CoreNLP. */
class TimelineOfEntityTest {
  /**
   * Sentences of "word/POS/lemma" items separated by spaces; the body is the words joined by
   * spaces.
   */
  private static Annotated tagged(String published, String... sentences) {
    StringBuilder body = new StringBuilder();
    List<Token> toks = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      int from = body.length();
      for (String item : sentences[s].split(" ")) {
        String[] f = item.split("/");
        if (body.length() > from) body.append(' ');
        int start = body.length();
        body.append(f[0]);
        toks.add(new Token(start, body.length(), f[0], f[1], f[2], "O", s));
      }
      spans.add(new Span(from, body.length()));
      body.append(' ');
    }
    Document d =
        Document.of(
            Source.file("t"),
            "test",
            null,
            null,
            Published.stated(published),
            "en",
            List.of(),
            body.toString());
    return Annotated.of(d).withSentences(spans).withTokens(toks);
  }

  @Test
  void undatedFirstThenByDateWithTheSentenceTimeBeforeThePublicationDate() {
    Annotated a =
        tagged(
            "2008-06-10",
            "Acme/NNP/Acme launched/VBD/launch Widget/NNP/Widget on/IN/on 2008-06-09/CD/2008-06-09 ./././",
            "Widget/NNP/Widget sales/NNS/sale rose/VBD/rise ./././",
            "Acme/NNP/Acme will/MD/will sell/VB/sell Widget/NNP/Widget ./././");
    int at = a.body().indexOf("2008-06-09");
    a = a.withTimes(List.of(new TimeExpr(at, at + 10, "2008-06-09", "DATE", "2008-06-09", false)));
    List<EntityTimeline.Slot> slots = EntityTimeline.of("Widget", List.of(a));
    assertEquals(
        List.of("XXXX-XX-XX", "2008-06-09", "2008-06-10"),
        slots.stream().map(EntityTimeline.Slot::date).toList());
    assertEquals(List.of(0, 1, 2), slots.stream().map(EntityTimeline.Slot::order).toList());
    assertEquals(List.of("sales", "sell"), words(slots.get(0)));
    assertEquals(List.of("launched"), words(slots.get(1)));
    assertEquals(List.of("rose"), words(slots.get(2)));
  }

  @Test
  void anEntityNamedNowhereHasAnEmptyTimeline() {
    Annotated a =
        tagged("2008-06-10", "Acme/NNP/Acme launched/VBD/launch Gadget/NNP/Gadget ./././");
    assertEquals(List.of(), EntityTimeline.of("Widget", List.of(a)));
  }

  private static List<String> words(EntityTimeline.Slot s) {
    return s.events().stream().map(EntityTimeline.EventMention::word).toList();
  }
}
