package org.sitrep.annotate.nlp;

import java.time.Duration;

/**
 * Settings of the language backbone. {@code maxSentenceTokens}: longer sentences (tables, text
 * without punctuation) are cut into pieces of this size before tagging, which bounds the tagger's
 * time and memory per sentence. {@code budget}: time allowed per document; a document over it keeps
 * what was tagged so far and gets a diagnostic.
 */
public record CoreNlpConfig(int maxSentenceTokens, Duration budget, int batchSentences) {
  public static final CoreNlpConfig DEFAULT = new CoreNlpConfig(150, Duration.ofSeconds(60), 40);

  public CoreNlpConfig {
    if (maxSentenceTokens < 10)
      throw new IllegalArgumentException("maxSentenceTokens must be >= 10");
    if (batchSentences < 1) throw new IllegalArgumentException("batchSentences must be >= 1");
    if (budget.isNegative() || budget.isZero())
      throw new IllegalArgumentException("budget must be positive");
  }
}
