package org.sitrep.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * One sentence per non-blank line: a stand-in for the language layer when a benchmark measures a
 * stage that only needs coarse sentence bounds, without loading CoreNLP.
 */
final class ParagraphSentences implements Stage {
  @Override
  public String name() {
    return "paragraph-sentences";
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
    String body = doc.body();
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      int e = body.indexOf('\n', i);
      if (e < 0) e = body.length();
      int s = i, t = e;
      while (s < t && Character.isWhitespace(body.charAt(s))) s++;
      while (t > s && Character.isWhitespace(body.charAt(t - 1))) t--;
      if (t > s) out.add(new Span(s, t));
      i = e + 1;
    }
    return doc.withSentences(out);
  }
}
