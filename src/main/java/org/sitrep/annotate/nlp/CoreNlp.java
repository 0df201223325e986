package org.sitrep.annotate.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The two CoreNLP pipelines Sitrep uses, built once per process and shared by threads (CoreNLP's
 * annotators are thread-safe for annotate(); the expensive part is loading the models, 2-3 s).
 */
public final class CoreNlp {
  private static volatile CoreNlp instance;

  final StanfordCoreNLP split;
  final StanfordCoreNLP tag;

  private CoreNlp() {
    Properties sp = new Properties();
    sp.setProperty("annotators", "tokenize,ssplit");
    sp.setProperty("tokenize.language", "en");
    // Paragraph breaks end sentences, so headings and datelines never glue onto the next sentence.
    sp.setProperty("ssplit.newlineIsSentenceBreak", "two");
    sp.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    split = new StanfordCoreNLP(sp);

    Properties tp = new Properties();
    tp.setProperty("annotators", "pos,lemma,ner");
    tp.setProperty("enforceRequirements", "false");
    // SUTime and fine-grained regexner make NER 6x slower (DESIGN.md); times and fine types are our
    // own stages.
    tp.setProperty("ner.useSUTime", "false");
    tp.setProperty("ner.applyFineGrained", "false");
    tp.setProperty("ner.buildEntityMentions", "false");
    tp.setProperty("ner.applyNumericClassifiers", "false");
    tp.setProperty("ner.language", "en");
    tag = new StanfordCoreNLP(tp);
  }

  public static CoreNlp get() {
    CoreNlp c = instance;
    if (c == null) {
      synchronized (CoreNlp.class) {
        c = instance;
        if (c == null) instance = c = new CoreNlp();
      }
    }
    return c;
  }
}
