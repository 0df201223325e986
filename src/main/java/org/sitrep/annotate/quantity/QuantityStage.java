package org.sitrep.annotate.quantity;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Quantity;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * The pipeline stage for quantities: reads the body and adds the QUANTITIES layer. It needs only
 * BODY; when earlier stages added sentences or tokens it uses them (sentence scope for inherited
 * nouns, part-of-speech tags for the counted noun). Time per document is bounded: the tagger is
 * linear, and a body longer than {@code maxChars} is tagged up to that length, with a diagnostic.
 */
public final class QuantityStage implements Stage {
  /**
   * 2M characters is about 20 times the longest news article in the shared corpora; it tags in
   * about a second.
   */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  private final QuantityTagger tagger = new QuantityTagger();
  private final int maxChars;
  private final boolean withTokens;

  /**
   * The production stage: after the language layer, it reads the sentences and the tokens' parts of
   * speech (a counted noun, a number used as a name).
   */
  public QuantityStage() {
    this(DEFAULT_MAX_CHARS, true);
  }

  public QuantityStage(int maxChars) {
    this(maxChars, true);
  }

  private QuantityStage(int maxChars, boolean withTokens) {
    if (maxChars <= 0)
      throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    this.maxChars = maxChars;
    this.withTokens = withTokens;
  }

  /** A stage that reads the text alone, for pipelines without a language model. */
  public static QuantityStage onTextAlone() {
    return new QuantityStage(DEFAULT_MAX_CHARS, false);
  }

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<Layer> needs() {
    return withTokens ? Set.of(Layer.BODY, Layer.SENTENCES, Layer.TOKENS) : Set.of(Layer.BODY);
  }

  @Override
  public Set<Layer> adds() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public Annotated apply(Annotated doc) {
    String body = doc.body();
    if (body.length() <= maxChars)
      return doc.withQuantities(
          withTokens
              ? tagger.tag(body, doc.sentences(), doc.tokens())
              : tagger.tag(body, List.of(), List.of()));
    List<Quantity> found = tagger.tag(body.substring(0, maxChars), List.of(), List.of());
    return doc.withQuantities(found)
        .withDiagnostic(
            new Diagnostic(
                name(), "body of " + body.length() + " characters tagged up to " + maxChars));
  }
}
