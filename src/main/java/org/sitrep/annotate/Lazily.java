package org.sitrep.annotate;

import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.model.Annotated;
import org.sitrep.pipeline.Stage;

/**
 * A stage built when the first document reaches it: a language's word lists and tables are read
 * only when a document in that language arrives. It declares what the stage it builds declares,
 * taken from a template that is cheap to make.
 */
final class Lazily implements Stage {
  private final String name;
  private final Set<org.sitrep.pipeline.Layer> needs;
  private final Set<org.sitrep.pipeline.Layer> adds;
  private final Supplier<Stage> build;
  private volatile Stage stage;

  Lazily(
      String name,
      Set<org.sitrep.pipeline.Layer> needs,
      Set<org.sitrep.pipeline.Layer> adds,
      Supplier<Stage> build) {
    this.name = name;
    this.needs = Set.copyOf(needs);
    this.adds = Set.copyOf(adds);
    this.build = build;
  }

  /** True once the stage has been built. */
  boolean built() {
    return stage != null;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<org.sitrep.pipeline.Layer> needs() {
    return needs;
  }

  @Override
  public Set<org.sitrep.pipeline.Layer> adds() {
    return adds;
  }

  @Override
  public Annotated apply(Annotated doc) {
    Stage s = stage;
    if (s == null) {
      synchronized (this) {
        s = stage;
        if (s == null) stage = s = build.get();
      }
    }
    return s.apply(doc);
  }
}
