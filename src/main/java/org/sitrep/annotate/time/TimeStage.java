package org.sitrep.annotate.time;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Adds the TIMES layer: every time expression of the body, resolved against the document's
 * published date when it is known. Each document gets a time budget; a body that exhausts it keeps
 * the expressions found so far and gets a diagnostic, so one odd input cannot stall a run.
 */
public final class TimeStage implements Stage {
  /**
   * Generous: a 100k-character body takes about 35 ms on one idle core (TimeTaggerLinearTimeTest).
   */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

  private final TimeTagger tagger = new TimeTagger();
  private final Duration budget;

  public TimeStage() {
    this(DEFAULT_BUDGET);
  }

  public TimeStage(Duration budget) {
    if (budget == null || budget.isNegative() || budget.isZero())
      throw new IllegalArgumentException("budget must be positive: " + budget);
    this.budget = budget;
  }

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
    TimeTagger.Result r = tagger.tag(doc.body(), anchor, budget);
    if (!r.complete()) {
      out =
          out.withDiagnostic(
              new Diagnostic(
                  name(),
                  "time budget of "
                      + budget.toMillis()
                      + " ms ran out; times after the last one found are missing"));
    }
    return out.withTimes(r.times());
  }
}
