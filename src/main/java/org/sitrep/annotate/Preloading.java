package org.sitrep.annotate;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.model.Annotated;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * A stage that, when the first document reaches it, starts what a later stage will need loaded (a
 * model loading on a thread of its own), then does its own work: the two loads overlap instead of
 * following each other. It is the stage it wraps in every other respect.
 */
final class Preloading implements Stage {
  private final Stage stage;
  private final Runnable preload;
  private final AtomicBoolean started = new AtomicBoolean();

  Preloading(Stage stage, Runnable preload) {
    this.stage = stage;
    this.preload = preload;
  }

  /** True once the first document has started the preload. */
  boolean started() {
    return started.get();
  }

  @Override
  public String name() {
    return stage.name();
  }

  @Override
  public Set<Layer> needs() {
    return stage.needs();
  }

  @Override
  public Set<Layer> adds() {
    return stage.adds();
  }

  @Override
  public Annotated apply(Annotated doc) {
    if (started.compareAndSet(false, true)) preload.run();
    return stage.apply(doc);
  }
}
