package org.sitrep.store;

/**
 * What a put did: stored a NEW document, or found a DUPLICATE (same id, so the same normalised
 * body) and added only those of its sources the store did not have ({@code sourcesAdded}, 0 when it
 * had them all).
 */
public record Ingested(String id, Outcome outcome, int sourcesAdded) {
  public enum Outcome {
    NEW,
    DUPLICATE
  }

  public boolean isNew() {
    return outcome == Outcome.NEW;
  }
}
