package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/**
 * A test-only sentence splitter (full stop, question or exclamation mark, or a line break) to feed
 * the stage.
 */
final class SimpleSentences {
  private SimpleSentences() {}

  static List<Span> split(String body) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean end =
          c == '\n'
              || ((c == '.' || c == '?' || c == '!')
                  && (i + 1 == body.length() || body.charAt(i + 1) == ' '));
      if (end) {
        add(body, start, i + 1, out);
        start = i + 1;
      }
    }
    add(body, start, body.length(), out);
    return out;
  }

  private static void add(String body, int s, int e, List<Span> out) {
    while (s < e && Character.isWhitespace(body.charAt(s))) s++;
    while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
    if (e > s) out.add(new Span(s, e));
  }

  static Annotated annotated(String body) {
    Document d =
        Document.of(Source.file("-"), null, null, null, Published.UNKNOWN, "en", List.of(), body);
    return Annotated.of(d).withSentences(split(body));
  }
}
