package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.TimeExpr;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Adds the TIMES layer to German text: the German expressions of {@link GermanTimeTagger}, and the
 * dates written in digits alone that read alike in any language ("2024-03-01"), resolved against
 * the document's published date when it is known.
 */
public final class GermanTimeStage implements Stage {
  private final GermanTimeTagger german = new GermanTimeTagger();
  private final TimeTagger digits = new TimeTagger();

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.BODY);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public Annotated apply(Annotated doc) {
    Anchor a = Anchor.of(doc, name());
    LocalDate anchor = a.day();
    Annotated out = a.doc();
    List<TimeExpr> times = new ArrayList<>(german.tag(doc.body(), anchor));
    TimeTagger.Result r = digits.tag(doc.body(), anchor, TimeStage.DEFAULT_BUDGET);
    for (TimeExpr t : r.times()) {
      if (!digitsOnly(t.text())) continue;
      if (times.stream().noneMatch(g -> g.start() < t.end() && t.start() < g.end())) times.add(t);
    }
    times.sort(Comparator.comparingInt(TimeExpr::start));
    return out.withTimes(times);
  }

  /** A date or time written with digits and separators alone, which reads alike in German. */
  private static boolean digitsOnly(String text) {
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) return false;
      if (Character.isDigit(c)) digit = true;
    }
    // "4.800" and "2,5" are numbers in German, not dates or clock times.
    return digit && !text.matches("\\d+[.,]\\d+");
  }
}
