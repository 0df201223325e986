package org.sitrep.spark;

import java.util.Map;
import org.sitrep.annotate.Pipelines;
import org.sitrep.pipeline.LanguagePipelines;
import org.sitrep.resolve.dedup.NearDuplicates;
import org.sitrep.resolve.story.StoryRule;

/**
 * What each executor JVM builds once and shares between its tasks: the pipelines by language
 * (CoreNLP's models, about 3 GB and 3 s to load, are loaded on its first document) and the
 * signature and term functions of the resolvers.
 */
final class PerJvm {
  private PerJvm() {}

  // The holder idiom: built on first use, once per class loader, without locking afterwards.
  private static final class Holder {
    static final LanguagePipelines PIPELINE = Pipelines.byLanguage();
    static final NearDuplicates DUPLICATES = new NearDuplicates();
  }

  static LanguagePipelines pipeline() {
    return Holder.PIPELINE;
  }

  static NearDuplicates duplicates() {
    return Holder.DUPLICATES;
  }

  /** The article's story vector: fixed word weights, so it depends on nothing else stored. */
  static Map<String, Double> storyTerms(String text) {
    return StoryRule.vector(text, StoryRule.Config.DEFAULT);
  }
}
