package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Annotated;

/**
 * One step of the per-document flow. A stage is stateless per document and safe to call from
 * several threads; it returns a new {@link Annotated} with the layers it adds and must not change
 * layers it did not add.
 */
public interface Stage {
  /** A short name used in diagnostics and error messages. */
  String name();

  /** The layers this stage reads. */
  Set<Layer> needs();

  /** The layers this stage adds. */
  Set<Layer> adds();

  Annotated apply(Annotated doc);
}
