package org.sitrep.annotate.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.place.Gazetteer;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Named-entity mentions typed PERSON, ORGANIZATION, LOCATION or MISC, built from the language
 * layer's NER tags and then, in order: mended ({@link MentionChunker}), given roles and countries
 * ({@link RoleFinder}), cut clear of inner punctuation and widened over model numbers ({@link
 * SpanMending}), tied to places, demonyms and known organisations ({@link PlaceResolver}, which
 * uses the {@link Gazetteer}), and joined to the full names of the document ({@link ShortForms}).
 * Place normalisation happens here rather than in a stage of its own because a stage may not edit
 * another stage's mentions.
 */
public final class EntityStage implements Stage {
  private final MentionChunker chunker;
  private final RoleFinder roles;
  private final PlaceResolver places;
  private final SpanMending spans;
  private final GermanNames german;
  private final GermanSubjects subjects;

  public EntityStage(Gazetteer gazetteer) {
    this.chunker = new MentionChunker(gazetteer);
    this.roles = new RoleFinder(gazetteer);
    this.places = new PlaceResolver(gazetteer);
    this.spans = new SpanMending(gazetteer);
    this.german = gazetteer.isGerman() ? new GermanNames(gazetteer) : null;
    this.subjects = gazetteer.isGerman() ? new GermanSubjects(gazetteer) : null;
  }

  public EntityStage() {
    this(Gazetteer.get());
  }

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
    // Places are normalised here, inside the entity layer, so this stage provides both.
    return EnumSet.of(Layer.ENTITIES, Layer.PLACES);
  }

  @Override
  public Annotated apply(Annotated doc) {
    List<Mention> mentions = chunker.chunk(doc.body(), doc.tokens());
    mentions = roles.attach(doc, mentions);
    mentions = spans.mend(doc.body(), doc.tokens(), mentions);
    if (german != null) mentions = german.repair(doc.body(), doc.tokens(), mentions);
    if (subjects != null) mentions = subjects.repair(doc.tokens(), mentions);
    mentions = places.resolve(mentions, doc.tokens());
    mentions = ShortForms.join(mentions);
    if (german != null) mentions = GermanNames.oneTypePerName(mentions);
    return doc.withEntities(mentions);
  }
}
