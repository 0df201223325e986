package org.sitrep.annotate.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.resolve.entity.Countries;
import org.sitrep.resolve.fact.FactExtractor;
import org.sitrep.resolve.fact.Observation;
import org.sitrep.resolve.fact.SeriesKey;

/**
 * Finds a document's facts by reading its observations with {@link FactExtractor} (a closed list of
 * measures) and writing each as a {@link Fact}: the subject's display name and mention, the
 * quantity it stands on, its sentence, kind, status and the whole it is part of.
 */
public final class FactFinder {
  private FactFinder() {}

  public static List<Fact> find(Annotated a) {
    List<Observation> obs = FactExtractor.extract(a);
    List<Fact> out = new ArrayList<>(obs.size());
    List<SeriesKey> keys = new ArrayList<>(obs.size());
    for (Observation o : obs) {
      int qi = quantityIndex(a, o);
      if (qi < 0) continue;
      Quantity q = a.quantities().get(qi);
      int si = a.sentenceAt(o.start());
      Span sent = si >= 0 ? a.sentences().get(si) : new Span(o.start(), o.end());
      SeriesKey k = o.key();
      Mention m = mentionOf(a, k.subject(), sent, o.start());
      int partOf = -1;
      if (o.partOf() != null) {
        for (int i = keys.size() - 1; i >= 0 && partOf < 0; i--)
          if (keys.get(i).equals(o.partOf())) partOf = i;
      }
      boolean delta = q.change() != null;
      double value = delta && "decrease".equals(q.change()) ? -Math.abs(o.value()) : o.value();
      Fact.Kind kind =
          delta ? Fact.Kind.CHANGE : "percent".equals(q.unit()) ? Fact.Kind.SHARE : Fact.Kind.LEVEL;
      out.add(
          new Fact(
              qi,
              name(k.subject()),
              m == null ? null : m.start(),
              m == null ? null : m.end(),
              k.measure(),
              k.place().isEmpty() ? null : name(k.place()),
              value,
              o.valueMax(),
              q.unit(),
              o.bound(),
              o.approximate(),
              o.change(),
              kind,
              Fact.Status.of(o.status().toUpperCase(Locale.ROOT)),
              o.asOf(),
              "undated".equals(o.asOfHow()) ? null : o.asOfHow(),
              null,
              o.target(),
              o.attributedTo(),
              sent.start(),
              sent.end(),
              partOf));
      keys.add(k);
    }
    return out;
  }

  private static int quantityIndex(Annotated a, Observation o) {
    List<Quantity> qs = a.quantities();
    for (int i = 0; i < qs.size(); i++)
      if (qs.get(i).start() == o.start() && qs.get(i).end() == o.end()) return i;
    return -1;
  }

  private static String name(String codeOrName) {
    String n = Countries.name(codeOrName);
    return n == null ? codeOrName : n;
  }

  /**
   * The mention naming the subject: in the figure's sentence, nearest the figure, else the first in
   * the document; null when none does.
   */
  private static Mention mentionOf(Annotated a, String subject, Span sent, int at) {
    Mention best = null, first = null;
    int bestDist = Integer.MAX_VALUE;
    for (Mention m : a.entities()) {
      boolean names =
          (subject.equals(m.country()) && !"ORGANIZATION".equals(m.type()))
              || subject.equals(m.canonical())
              || subject.equals(m.text());
      if (!names) continue;
      if (first == null) first = m;
      if (m.start() < sent.start() || m.end() > sent.end()) continue;
      int d = Math.abs(m.start() - at);
      if (d < bestDist) {
        bestDist = d;
        best = m;
      }
    }
    return best != null ? best : first;
  }
}
