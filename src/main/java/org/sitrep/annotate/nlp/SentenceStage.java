package org.sitrep.annotate.nlp;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Sentences without a language model: the JDK's sentence rules for the document's locale inside
 * each paragraph (a blank line ends a sentence, as in the language layer). Used for languages that
 * have no model of their own; adds no tokens, so no later stage reads English tags into them.
 */
public final class SentenceStage implements Stage {
  @Override
  public String name() {
    return "sentences";
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
    String lang = doc.document().language();
    Locale locale = lang == null ? Locale.ROOT : Locale.forLanguageTag(lang);
    return doc.withSentences(sentences(doc.body(), locale));
  }

  /** Sentence spans of a text, trimmed of white space, never crossing a blank line. */
  public static List<Span> sentences(String body, Locale locale) {
    List<Span> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(locale);
    int para = 0;
    while (para < body.length()) {
      int end = body.indexOf("\n\n", para);
      if (end < 0) end = body.length();
      String p = body.substring(para, end);
      it.setText(p);
      int s = it.first();
      for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
        int a = s, b = e;
        while (a < b && Character.isWhitespace(p.charAt(a))) a++;
        while (b > a && Character.isWhitespace(p.charAt(b - 1))) b--;
        if (b > a) out.add(new Span(para + a, para + b));
      }
      para = end + 2;
    }
    return out;
  }
}
