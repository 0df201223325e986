package org.sitrep.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;

/**
 * What a stage declares, checked against what it does: it changes only the layers it adds, and it
 * reads only the layers it needs (or adds). The second is checked by running the stage again on a
 * view in which every other layer is empty: a stage that gives another answer there read something
 * it did not declare. A violation is a programmer error ({@code contract:}), which the pipeline
 * never swallows.
 */
public final class LayerContract {
  private LayerContract() {}

  /** Fails when {@code stage}, run on {@code in} to give {@code out}, broke its declaration. */
  public static void check(Stage stage, Annotated in, Annotated out) {
    Set<Layer> adds = stage.adds();
    for (Layer l : Layer.values()) {
      if (l == Layer.BODY || adds.contains(l) || covered(l, adds)) continue;
      if (!layer(in, l).equals(layer(out, l)))
        throw new IllegalStateException(
            "contract: stage '" + stage.name() + "' changed layer " + l + " it does not add");
    }
    Set<Layer> visible = EnumSet.of(Layer.BODY);
    visible.addAll(stage.needs());
    visible.addAll(adds);
    Annotated view = view(in, visible);
    if (view.equals(in)) return;
    Annotated again = stage.apply(view);
    for (Layer l : adds) {
      if (!layer(out, l).equals(layer(again, l)))
        throw new IllegalStateException(
            "contract: stage '"
                + stage.name()
                + "' reads a layer it does not declare: its "
                + l
                + " differ when only "
                + visible
                + " are given");
    }
  }

  // Places are entities with coordinates: the two layers share one list.
  private static boolean covered(Layer l, Set<Layer> adds) {
    return (l == Layer.ENTITIES && adds.contains(Layer.PLACES))
        || (l == Layer.PLACES && adds.contains(Layer.ENTITIES));
  }

  private static List<?> layer(Annotated a, Layer l) {
    return switch (l) {
      case BODY -> List.of(a.document());
      case SENTENCES -> a.sentences();
      case TOKENS -> a.tokens();
      case ENTITIES, PLACES -> a.entities();
      case TIMES -> a.times();
      case QUANTITIES -> a.quantities();
      case QUOTES -> a.quotes();
      case EVENTS -> a.events();
      case FACTS -> a.facts();
    };
  }

  /** {@code a} with every layer outside {@code visible} emptied. */
  static Annotated view(Annotated a, Set<Layer> visible) {
    boolean entities = visible.contains(Layer.ENTITIES) || visible.contains(Layer.PLACES);
    return new Annotated(
        a.document(),
        visible.contains(Layer.SENTENCES) ? a.sentences() : List.of(),
        visible.contains(Layer.TOKENS) ? a.tokens() : List.of(),
        entities ? a.entities() : List.of(),
        visible.contains(Layer.TIMES) ? a.times() : List.of(),
        visible.contains(Layer.QUANTITIES) ? a.quantities() : List.of(),
        visible.contains(Layer.QUOTES) ? a.quotes() : List.of(),
        visible.contains(Layer.EVENTS) ? a.events() : List.of(),
        visible.contains(Layer.FACTS) ? a.facts() : List.of(),
        a.diagnostics());
  }
}
