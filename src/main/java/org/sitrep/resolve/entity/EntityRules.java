package org.sitrep.resolve.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.NameKey;

/**
 * The rules that join mentions across articles into entities, written once over entities kept
 * elsewhere: in memory ({@link EntityResolver}) or in the store's tables. People join on their
 * folded full name; a surname-only mention joins a full name only when one known person has that
 * surname, or when exactly one of several shares its role, country or article. Demonyms and
 * capitals standing for governments join their country; an acronym joins the organisation whose
 * initials it spells when both appear in one article.
 *
 * @param <A> an entity as the rules build it
 * @param <D> what names the article being added where its entities record it
 * @param <X> what reading or writing the entities may throw
 */
public abstract class EntityRules<A extends EntityRules.Entry, D, X extends Exception> {

  /** What the rules read and change of an entity, wherever it is kept. */
  public static class Entry {
    public final String id, type;

    /** Its full names, each with how often it was read (0 for a country's own name). */
    public LinkedHashMap<String, Integer> names = new LinkedHashMap<>();

    public LinkedHashSet<String> variants = new LinkedHashSet<>();
    public String country;

    /**
     * Where its country was read: the order key of that article (its date, undated last, then its
     * id). The earliest article that gives one gives it, whatever the order articles arrive in;
     * null for a country kept from before keys were noted, or a country's own.
     */
    public String countryKey;

    public double lat = Double.NaN, lon = Double.NaN;

    /**
     * Each point its mentions were placed at ("lat,lon"), with how often and from which article
     * first (order key); its coordinates are the most frequent, then the earliest, then the least
     * point, whatever the order articles arrive in. Empty for coordinates kept from before points
     * were noted.
     */
    public TreeMap<String, Seen> points = new TreeMap<>();

    /**
     * The order key of the earliest article that gives each of its {@link #names}: among names the
     * preferred-name rule finds equal, the earliest wins, then the least.
     */
    public TreeMap<String, String> nameFirst = new TreeMap<>();

    public int mentions;

    protected Entry(String id, String type) {
      this.id = id;
      this.type = type;
    }

    /**
     * The name that keys the entity's fact series: its most frequent full name; among equals the
     * one of most words (an organisation's expansion before its acronym), then the one the earliest
     * article gives (its order key in {@link #nameFirst}), then the least. A country's own name
     * (read 0 times) only when it has no other; without names its least variant, else its id. The
     * same articles give the same name whatever order they arrive in; it changes as articles are
     * added, and the series keyed by it follow.
     */
    public String keyName() {
      return names.entrySet().stream()
          .max(
              java.util.Comparator.<java.util.Map.Entry<String, Integer>>comparingInt(
                      java.util.Map.Entry::getValue)
                  .thenComparingInt(e -> words(e.getKey()))
                  .thenComparing(
                      e -> nameFirst.getOrDefault(e.getKey(), "\uffff\uffff"),
                      java.util.Comparator.reverseOrder())
                  .thenComparing(java.util.Map.Entry::getKey, java.util.Comparator.reverseOrder()))
          .map(java.util.Map.Entry::getKey)
          .orElse(variants.isEmpty() ? id : java.util.Collections.min(variants));
    }

    static int words(String name) {
      return name.split("\\s+").length;
    }
  }

  /** How often something was seen, and the order key of the earliest article it was seen in. */
  public record Seen(int n, String first) {
    Seen plus(Seen o) {
      return new Seen(n + o.n, first.compareTo(o.first) <= 0 ? first : o.first);
    }
  }

  /** The key of a point in {@link Entry#points}. */
  static String point(double lat, double lon) {
    return lat + "," + lon;
  }

  /**
   * Sets an entry's coordinates to its most frequent point; among equals the one the earliest
   * article gives, then the least key.
   */
  static void placeAt(Entry e) {
    String best = null;
    Seen bestSeen = null;
    for (var p : e.points.entrySet()) {
      Seen s = p.getValue();
      if (bestSeen == null
          || s.n() > bestSeen.n()
          || (s.n() == bestSeen.n() && s.first().compareTo(bestSeen.first()) < 0)) {
        best = p.getKey();
        bestSeen = s;
      }
    }
    if (best == null) return;
    int comma = best.indexOf(',');
    e.lat = Double.parseDouble(best.substring(0, comma));
    e.lon = Double.parseDouble(best.substring(comma + 1));
  }

  /** The entity keyed by {@code key} ("PERSON:olaf scholz"), or null. */
  protected abstract A byKey(String key) throws X;

  /** Whether the id is taken. */
  protected abstract boolean exists(String id) throws X;

  /** A new entity {@code id} of {@code type}, keyed by {@code key}. */
  protected abstract A create(String id, String key, String type) throws X;

  /** Notes that person {@code a} has {@code surname}. */
  protected abstract void addSurname(String surname, A a) throws X;

  /** The people known to have {@code surname}, in the order they were noted. */
  protected abstract List<A> withSurname(String surname) throws X;

  /** The organisation whose name has these initials, or null. */
  protected abstract A byInitials(String initials) throws X;

  /** Notes that organisation {@code a}'s name has these initials, unless another's already has. */
  protected abstract void addInitials(String initials, A a) throws X;

  /** Keys {@code key} to {@code into}; {@code from}, just made for it, is dropped. */
  protected abstract void fold(String key, A from, A into) throws X;

  /** Whether {@code a} was seen holding {@code role} (in {@code country}, when not null). */
  protected abstract boolean heldRole(A a, String role, String country);

  /** Notes that {@code a} is mentioned in the article {@code where}. */
  protected abstract void seen(A a, D where) throws X;

  /**
   * Notes that {@code a} held {@code role} in {@code country} (an organisation's name, or null when
   * not known) in the article {@code where}, dated {@code date} (null when undated).
   */
  protected abstract void roleSeen(A a, String role, String country, String date, D where) throws X;

  /**
   * Resolves one article's mentions, noting each on its entity: the entity of each, in the order of
   * {@code doc.entities()}, null where a mention has none.
   */
  public final List<A> resolveAll(Annotated doc, D where) throws X {
    String date = doc.document().published().value();
    String id = doc.document().id();
    String orderKey = (date == null ? "\uffff" : date) + "\u0000" + (id == null ? "" : id);
    List<Mention> ms = doc.entities();
    Set<String> docKeys = new HashSet<>();
    for (Mention m : ms) docKeys.add(NameKeys.of(EntityResolver.canonical(m)));
    List<A> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      A acc = resolve(m, docKeys);
      out.add(acc);
      if (acc == null) continue;
      acc.mentions++;
      seen(acc, where);
      boolean group = EntityResolver.isGroupMention(m);
      if (namesIt(m, group)) acc.variants.add(m.text().replaceAll("\\s+", " "));
      if (!group) {
        String name = EntityResolver.canonical(m);
        acc.names.merge(name, 1, Integer::sum);
        acc.nameFirst.merge(name, orderKey, (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
      // A person's country is the one the text gives them: "France's Macron", "German Chancellor
      // Olaf Scholz".
      // The earliest article that gives one gives it (dated before undated, then by id), so a
      // back-filled article can give it and the arrival order does not.
      if (m.country() != null
          && (acc.country == null
              || (acc.countryKey != null && orderKey.compareTo(acc.countryKey) < 0))) {
        acc.country = m.country();
        acc.countryKey = orderKey;
      }
      if (!Double.isNaN(m.lat()) && !Double.isNaN(m.lon()) && !group) {
        acc.points.merge(point(m.lat(), m.lon()), new Seen(1, orderKey), Seen::plus);
        placeAt(acc);
      }
      if (m.role() != null) {
        String rc = m.country() != null ? m.country() : EntityResolver.roleOwner(doc, m);
        roleSeen(acc, m.role(), rc, date, where);
      }
    }
    return out;
  }

  /**
   * Whether a mention's text is a way of writing its entity's name. A mention standing for a
   * country's government is not one when it names another place ("Berlin", "the Kremlin": a capital
   * or seat is an entity of its own) or is a compound of the demonym ("German-supplied",
   * "Moscow-backed"); the demonym itself ("German", "North Korean") is how the country is written.
   */
  static boolean namesIt(Mention m, boolean group) {
    if (!group || m.country() == null) return true;
    if (!"demonym".equals(m.kind())) return false;
    return !COMPOUND.matcher(m.text()).find();
  }

  /** A hyphen before a lower-case word: "German-supplied", "Russian-led", not "Bissau-Guinean". */
  private static final java.util.regex.Pattern COMPOUND =
      java.util.regex.Pattern.compile("[-‐‑–]\\p{Ll}");

  private A resolve(Mention m, Set<String> docKeys) throws X {
    String type = m.type();
    if (EntityResolver.isGroupMention(m) && m.country() != null) return country(m.country());
    String key = NameKeys.of(EntityResolver.canonical(m));
    if (key.isEmpty()) return null;
    if ("LOCATION".equals(type)
        && m.country() != null
        && key.equals(NameKeys.of(nz(Countries.name(m.country()), "")))) {
      return country(m.country());
    }
    if ("PERSON".equals(type)) return person(m, key, docKeys);
    if ("ORGANIZATION".equals(type)) return organisation(m, key, docKeys);
    return byKeyOrNew(type + ":" + key, type);
  }

  private A country(String iso3) throws X {
    A a = byKeyOrNew("LOCATION:" + NameKeys.of(nz(Countries.name(iso3), iso3)), "LOCATION");
    a.country = iso3;
    a.countryKey = null; // a country's own, never replaced
    if (a.names.isEmpty() && Countries.name(iso3) != null) a.names.put(Countries.name(iso3), 0);
    return a;
  }

  private A person(Mention m, String key, Set<String> docKeys) throws X {
    String surname = NameKeys.surname(key);
    if (key.contains(" ")) {
      A a = byKeyOrNew("PERSON:" + key, "PERSON");
      addSurname(surname, a);
      return a;
    }
    List<A> candidates = withSurname(surname);
    if (candidates.size() == 1) return candidates.get(0);
    if (candidates.size() > 1) {
      List<A> fits = new ArrayList<>();
      for (A a : candidates) {
        boolean sameArticle =
            a.names.keySet().stream().anyMatch(n -> docKeys.contains(NameKeys.of(n)));
        boolean sameRole = m.role() != null && heldRole(a, m.role(), m.country());
        if (sameArticle || sameRole) fits.add(a);
      }
      if (fits.size() == 1) return fits.get(0);
    }
    return byKeyOrNew("PERSON:" + key, "PERSON");
  }

  private A organisation(Mention m, String key, Set<String> docKeys) throws X {
    String text = EntityResolver.canonical(m).strip();
    String k = "ORGANIZATION:" + key;
    A known = byKey(k);
    if (known != null) return known;
    if (text.matches("\\p{Lu}{2,8}")) {
      A spelt = byInitials(text);
      if (spelt != null) return spelt;
      return byKeyOrNew(k, "ORGANIZATION");
    }
    A a = byKeyOrNew(k, "ORGANIZATION");
    String initials = NameKey.initials(text);
    if (initials.length() >= 2 && docKeys.contains(initials.toLowerCase(Locale.ROOT))) {
      A acronym = byKey("ORGANIZATION:" + initials.toLowerCase(Locale.ROOT));
      if (acronym != null && !acronym.id.equals(a.id)) {
        fold(k, a, acronym);
        return acronym;
      }
    }
    if (initials.length() >= 2) addInitials(initials, a);
    return a;
  }

  private A byKeyOrNew(String key, String type) throws X {
    A known = byKey(key);
    if (known != null) return known;
    String id = EntityResolver.idOf(key);
    while (exists(id)) id = id + "x";
    return create(id, key, type);
  }

  private static String nz(String s, String fallback) {
    return s == null ? fallback : s;
  }
}
