package org.sitrep.annotate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Annotated;
import org.sitrep.model.Quantity;
import org.sitrep.model.TimeExpr;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Times and quantities for text in a language without a model: only what the rules read from
 * digits, the same in any language (ISO and numeric dates, years, counted numbers). Expressions
 * read from words (weekday and month names, "last year", number words) are English rules and are
 * dropped, and so is a number whose separators read differently across languages ("5.000" is five
 * thousand in German and five in English).
 */
final class LanguageNeutral implements Stage {
  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern AMBIGUOUS_NUMBER = Pattern.compile("\\d[.,]\\d");

  private final Stage inner;

  private LanguageNeutral(Stage inner) {
    this.inner = inner;
  }

  /** The times stage, keeping expressions written in digits only ("2024-03-01", "12.03.2020"). */
  static Stage times(Stage times) {
    return new LanguageNeutral(times);
  }

  /** The quantities stage, keeping numbers written in digits that read alike in any language. */
  static Stage quantities(Stage quantities) {
    return new LanguageNeutral(quantities);
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public Set<Layer> needs() {
    return inner.needs();
  }

  @Override
  public Set<Layer> adds() {
    return inner.adds();
  }

  @Override
  public Annotated apply(Annotated doc) {
    Annotated a = inner.apply(doc);
    if (inner.adds().contains(Layer.TIMES)) {
      List<TimeExpr> kept = a.times().stream().filter(t -> digitsOnly(t.text())).toList();
      a = a.withTimes(kept);
    }
    if (inner.adds().contains(Layer.QUANTITIES)) {
      List<Quantity> kept =
          a.quantities().stream()
              .filter(
                  q -> DIGIT.matcher(q.text()).find() && !AMBIGUOUS_NUMBER.matcher(q.text()).find())
              .map(LanguageNeutral::withoutCounted)
              .toList();
      a = a.withQuantities(kept);
    }
    return a;
  }

  /** The counted thing is read from English nouns; a unit written as a symbol reads alike. */
  private static Quantity withoutCounted(Quantity q) {
    return new Quantity(
        q.start(),
        q.end(),
        q.text(),
        q.value(),
        q.valueMax(),
        q.unit(),
        null,
        q.approximate(),
        q.bound(),
        q.change());
  }

  /** A date or time written with digits and separators alone. */
  static boolean digitsOnly(String text) {
    return DIGIT.matcher(text).find() && !LETTER.matcher(text).find();
  }
}
