package org.sitrep.resolve.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.model.Annotated;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.resolve.entity.Countries;

/**
 * Reads a document's stored facts layer as series observations, without reading the text again. A
 * country subject becomes its ISO code ("Germany" is DEU); an organisation or person subject
 * becomes the entity its mention resolves to across documents, so that an acronym and its expansion
 * are one subject; a fact with no subject stays {@link SeriesKey#UNKNOWN}.
 */
public final class StoredFacts {
  private StoredFacts() {}

  /** The observations of one document, subjects read within the document only. */
  public static List<Observation> observations(Annotated a) {
    return observations(a, null, id -> null);
  }

  /**
   * The observations of one document. {@code entityIds} holds the cross-document entity of each
   * mention of {@code a.entities()} (or is null), {@code keyName} the name that keys an entity.
   */
  public static List<Observation> observations(
      Annotated a, List<String> entityIds, Function<String, String> keyName) {
    List<Fact> facts = a.facts();
    List<SeriesKey> keys = new ArrayList<>(facts.size());
    for (Fact f : facts) keys.add(key(a, f, entityIds, keyName));
    List<Observation> out = new ArrayList<>(facts.size());
    String body = a.body();
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      List<Quantity> qs = a.quantities();
      Quantity q =
          f.quantityIndex() >= 0 && f.quantityIndex() < qs.size()
              ? qs.get(f.quantityIndex())
              : null;
      int es = clamp(f.evidenceStart(), body), ee = Math.max(es, clamp(f.evidenceEnd(), body));
      SeriesKey partOf =
          f.partOf() >= 0 && f.partOf() < keys.size() && f.partOf() != i
              ? keys.get(f.partOf())
              : null;
      out.add(
          new Observation(
              keys.get(i),
              a.document().id(),
              a.document().outlet(),
              f.value(),
              f.valueMax(),
              f.bound(),
              f.approximate(),
              f.change(),
              f.status().json(),
              f.asOf(),
              f.asOf() == null ? "undated" : f.asOfHow() == null ? "published" : f.asOfHow(),
              f.target(),
              f.attributedTo(),
              q != null ? q.start() : es,
              q != null ? q.end() : es,
              q != null ? q.text() : "",
              body.substring(es, ee).strip(),
              partOf,
              f.unit(),
              f.kind().json(),
              f.period()));
    }
    return oncePerFigure(out);
  }

  /**
   * An observation with the entity whose key name is its series' subject and the one whose key name
   * is its whole's subject (null where a subject is no entity's key name): when an entity's key
   * name changes, the observation follows it.
   */
  public record Named(Observation observation, String entity, String wholeEntity) {
    /** The observation under the key names {@code keyName} gives its entities now. */
    public Observation renamed(Function<String, String> keyName) {
      return observation.withKeys(
          renamed(observation.key(), entity, keyName),
          renamed(observation.partOf(), wholeEntity, keyName));
    }

    private static SeriesKey renamed(
        SeriesKey key, String entity, Function<String, String> keyName) {
      String name = key == null || entity == null ? null : keyName.apply(entity);
      return name == null ? key : key.withSubject(name);
    }
  }

  /**
   * The observations of one document as {@link #observations(Annotated, List, Function)} reads
   * them, each with the entities that name its subjects.
   */
  public static List<Named> named(
      Annotated a, List<String> entityIds, Function<String, String> keyName) {
    Map<String, String> entityOf = new HashMap<>(); // a key name to the first entity it names
    List<Observation> os =
        observations(
            a,
            entityIds,
            id -> {
              String name = keyName.apply(id);
              if (name != null) entityOf.putIfAbsent(name, id);
              return name;
            });
    List<Named> out = new ArrayList<>(os.size());
    for (Observation o : os)
      out.add(
          new Named(
              o,
              entityOf.get(o.key().subject()),
              o.partOf() == null ? null : entityOf.get(o.partOf().subject())));
    return out;
  }

  /**
   * One observation per figure of one series in one article: an article that says a figure twice
   * (the headline and the text, a summary at the end) reports it once. The first mention is kept;
   * it is a running total when any mention says so, and keeps the target either gives. Changes are
   * kept apart from levels, whatever their status ("rose 5%" and "stands at 5%" are two things).
   */
  static List<Observation> oncePerFigure(List<Observation> os) {
    if (os.size() < 2) return os;
    Map<String, Integer> first = new HashMap<>();
    List<Observation> out = new ArrayList<>(os.size());
    for (Observation o : os) {
      String figure =
          o.key()
              + "|"
              + o.value()
              + "|"
              + o.valueMax()
              + "|"
              + o.unit()
              + "|"
              + (o.delta() ? "change" : "value");
      Integer at = first.putIfAbsent(figure, out.size());
      if (at == null) {
        out.add(o);
        continue;
      }
      Observation p = out.get(at);
      boolean total = "level".equals(p.kind()) && "total".equals(o.kind());
      boolean target = p.target() == null && o.target() != null;
      if (total || target)
        out.set(
            at, p.withTargetAndKind(target ? o.target() : p.target(), total ? o.kind() : p.kind()));
    }
    return out;
  }

  private static int clamp(int offset, String body) {
    return Math.max(0, Math.min(offset, body.length()));
  }

  static SeriesKey key(
      Annotated a, Fact f, List<String> entityIds, Function<String, String> keyName) {
    return new SeriesKey(subject(a, f, entityIds, keyName), f.measure(), place(f.place()));
  }

  /** The series subject of a fact: an ISO code, a resolved entity's name, or "unknown". */
  static String subject(
      Annotated a, Fact f, List<String> entityIds, Function<String, String> keyName) {
    String s = f.subject();
    if (s == null || s.isBlank()) return SeriesKey.UNKNOWN;
    String code = Countries.code(s);
    if (code != null) return code;
    if (Countries.name(s) != null) return s; // already a code
    int mi = mentionIndex(a, f);
    if (mi >= 0) {
      Mention m = a.entities().get(mi);
      boolean named = "ORGANIZATION".equals(m.type()) || "PERSON".equals(m.type());
      if (!named && m.country() != null) return m.country();
      String id = entityIds != null && mi < entityIds.size() ? entityIds.get(mi) : null;
      String name = id == null ? null : keyName.apply(id);
      if (name != null) return name;
      if (m.canonical() != null) return m.canonical();
    }
    return s;
  }

  /**
   * The mention of the fact's subject: the one at its span (or holding it), else one the document
   * writes with the subject's name; -1 when none.
   */
  static int mentionIndex(Annotated a, Fact f) {
    List<Mention> ms = a.entities();
    if (f.subjectStart() != null && f.subjectEnd() != null) {
      int s = f.subjectStart(), e = f.subjectEnd();
      for (int i = 0; i < ms.size(); i++)
        if (ms.get(i).start() == s && ms.get(i).end() == e) return i;
      for (int i = 0; i < ms.size(); i++)
        if (ms.get(i).start() <= s && ms.get(i).end() >= e) return i;
    }
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (f.subject().equals(m.canonical()) || f.subject().equals(m.text())) return i;
    }
    return -1;
  }

  private static String place(String p) {
    if (p == null || p.isBlank()) return "";
    String code = Countries.code(p);
    return code != null ? code : p;
  }
}
