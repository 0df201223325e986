package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;

/**
 * An ordered list of stages, checked at build time: every layer a stage needs must be added by an
 * earlier stage (the body is always there). A stage that throws on one document leaves a diagnostic
 * on it and the run goes on with the layers found so far.
 */
public final class Pipeline {
  /**
   * Checks every stage against its declaration while it runs (see {@link LayerContract}): on in the
   * tests ({@code -Dsitrep.strict=true}), off in use, since it runs each stage a second time.
   */
  static final boolean STRICT = Boolean.getBoolean("sitrep.strict");

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  public Set<Layer> layers() {
    Set<Layer> have = EnumSet.of(Layer.BODY);
    for (Stage s : stages) have.addAll(s.adds());
    return have;
  }

  public Annotated run(Document doc) {
    Annotated a = Annotated.of(doc);
    for (Stage s : stages) {
      try {
        Annotated out = s.apply(a);
        if (STRICT) LayerContract.check(s, a, out);
        a = out;
      } catch (RuntimeException e) {
        if (isProgrammerError(e)) throw e;
        a = a.withDiagnostic(new Diagnostic(s.name(), "stage failed: " + e));
      } catch (StackOverflowError e) {
        a = a.withDiagnostic(new Diagnostic(s.name(), "stage failed: input too deeply nested"));
      }
    }
    return a;
  }

  // A stage bug on one odd document must not kill a run of thousands; contract violations must.
  private static boolean isProgrammerError(RuntimeException e) {
    return e instanceof IllegalStateException
        && e.getMessage() != null
        && e.getMessage().startsWith("contract:");
  }

  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    public Builder add(Stage s) {
      stages.add(s);
      return this;
    }

    public Pipeline build() {
      Set<Layer> have = EnumSet.of(Layer.BODY);
      for (Stage s : stages) {
        for (Layer need : s.needs()) {
          if (!have.contains(need)) {
            throw new IllegalStateException(
                "stage '"
                    + s.name()
                    + "' needs layer "
                    + need
                    + " but no earlier stage adds it (have "
                    + have
                    + ")");
          }
        }
        have.addAll(s.adds());
      }
      return new Pipeline(stages);
    }
  }
}
