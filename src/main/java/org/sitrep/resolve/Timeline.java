package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.report.Labels;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.StoredFacts;

/**
 * What happened, was counted and was said in a set of articles, oldest first: events, fact
 * observations and quotes, each dated by its own time expression where it has one, else by its
 * article's publication date, else undated (those come last, in article order), and each with its
 * sentence.
 */
public final class Timeline {
  /** One line of a timeline. {@code kind}: event, fact or quote. */
  public record Item(
      String date,
      String dateHow,
      String docId,
      String outlet,
      String kind,
      String summary,
      String evidence,
      int start,
      int end) {}

  private Timeline() {}

  public static List<Item> of(List<Annotated> docs) {
    List<Item> items = new ArrayList<>();
    for (Annotated a : docs) {
      String pub = a.document().published().value();
      String id = a.document().id(), outlet = a.document().outlet();
      for (Event e : a.events()) {
        boolean own = e.time() != null && e.time().matches("\\d{4}-\\d{2}.*");
        String date = own ? e.time() : pub;
        String summary =
            e.type()
                + " · "
                + (e.actor() == null ? "?" : Labels.place(e.actor()))
                + (e.target() == null ? "" : " → " + Labels.place(e.target()))
                + (e.location() == null ? "" : " in " + Labels.place(e.location()))
                + (e.quantityIndex() >= 0 && e.quantityIndex() < a.quantities().size()
                    ? " · " + a.quantities().get(e.quantityIndex()).text()
                    : "")
                + " · "
                + e.status().json();
        items.add(
            new Item(
                date,
                own ? "time" : how(pub),
                id,
                outlet,
                "event",
                summary,
                a.sentenceText(e.start()),
                e.start(),
                e.end()));
      }
      for (Observation o : StoredFacts.observations(a)) {
        String summary =
            o.key().label()
                + " = "
                + Labels.value(o)
                + " · "
                + o.status()
                + (o.target() == null ? "" : " · by " + o.target());
        items.add(
            new Item(
                o.asOf(),
                o.asOfHow(),
                id,
                outlet,
                "fact",
                summary,
                o.evidence(),
                o.start(),
                o.end()));
      }
      for (Quote q : a.quotes()) {
        String summary = (q.speaker() == null ? "(unknown)" : q.speaker()) + ": “" + q.text() + "”";
        items.add(
            new Item(
                pub,
                how(pub),
                id,
                outlet,
                "quote",
                summary,
                a.sentenceText(q.start()),
                q.start(),
                q.end()));
      }
    }
    items.sort(Comparator.comparing((Item i) -> i.date() == null ? "\uffff" : i.date()));
    return items;
  }

  /**
   * The timeline of one entity: the events it takes part in ({@link EntityTimeline}) and the quotes
   * it is the speaker of, oldest first, undated last.
   */
  public static List<Item> forEntity(String name, List<Annotated> docs) {
    List<Item> items = new ArrayList<>();
    for (EntityTimeline.Slot slot : EntityTimeline.of(name, docs)) {
      boolean dated = !EntityTimeline.UNDATED.equals(slot.date());
      for (EntityTimeline.EventMention e : slot.events()) {
        Annotated a = docs.get(e.doc());
        items.add(
            new Item(
                dated ? slot.date() : null,
                dated ? "time" : "undated",
                a.document().id(),
                a.document().outlet(),
                "event",
                e.word(),
                a.sentenceText(e.start()),
                e.start(),
                e.end()));
      }
    }
    String key = org.sitrep.model.NameKey.of(name);
    for (Annotated a : docs) {
      String pub = a.document().published().value();
      for (Quote q : a.quotes()) {
        if (q.speaker() == null || !org.sitrep.model.NameKey.of(q.speaker()).equals(key)) continue;
        items.add(
            new Item(
                pub,
                how(pub),
                a.document().id(),
                a.document().outlet(),
                "quote",
                q.speaker() + ": “" + q.text() + "”",
                a.sentenceText(q.start()),
                q.start(),
                q.end()));
      }
    }
    items.sort(Comparator.comparing((Item i) -> i.date() == null ? "\uffff" : i.date()));
    return items;
  }

  private static String how(String pub) {
    return pub == null ? "undated" : "published";
  }
}
