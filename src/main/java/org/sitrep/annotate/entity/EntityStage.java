package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/** Joins runs of tokens with the same NER tag into mentions typed PERSON, ORGANIZATION, LOCATION or MISC. */
public final class EntityStage implements Stage {
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> needs() {
    return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.ENTITIES);
  }

  @Override
  public Annotated apply(Annotated doc) {
    String body = doc.body();
    List<Mention> out = new ArrayList<>();
    List<Token> toks = doc.tokens();
    int i = 0;
    while (i < toks.size()) {
      Token t = toks.get(i);
      if (!TYPES.contains(t.ner())) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && toks.get(j).ner().equals(t.ner()) && toks.get(j).sentence() == t.sentence()) j++;
      int start = t.start(), end = toks.get(j - 1).end();
      String text = body.substring(start, end);
      out.add(Mention.of(start, end, text, t.ner()).withCanonical(text.replaceAll("\\s+", " ")));
      i = j;
    }
    return doc.withEntities(out);
  }
}
