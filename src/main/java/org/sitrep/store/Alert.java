package org.sitrep.store;

import java.util.List;

/**
 * An alert raised on a topic: {@code kind} is {@code figure} (a new figure in a fact series the
 * topic follows), {@code move} (a value that moved by more than the topic's threshold), {@code
 * high} or {@code low} (a new high or low of a series), {@code conflict} (two sources that disagree
 * on the same period), {@code entity} (a person or organisation new to one of the topic's stories)
 * or {@code spike} (more distinct reports in a day than the trailing days had). {@code subject} is
 * the series (its id) or the story (its id), or the day for a spike; {@code measure} the series'
 * measure or the new entity's name; {@code value} and {@code previous} the figures compared; {@code
 * evidence} the sentences behind it with their addresses; {@code url} the address of the article
 * that raised it; {@code raised} an ISO instant. Field order is the JSON the CLI and the webhook
 * send.
 */
public record Alert(
    long id,
    String topic,
    String kind,
    String subject,
    String measure,
    Double value,
    Double previous,
    String text,
    List<Evidence> evidence,
    String url,
    String raised) {
  public Alert {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** One sentence behind an alert: where it was read and in which article. */
  public record Evidence(String text, String url, String docId, String outlet) {}
}
