package org.sitrep.pipeline;

/**
 * The annotation layers a document can carry; stages name them in what they need and what they add.
 */
public enum Layer {
  BODY,
  SENTENCES,
  TOKENS,
  ENTITIES,
  PLACES,
  TIMES,
  QUANTITIES,
  QUOTES,
  EVENTS,
  FACTS
}
