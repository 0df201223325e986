package org.sitrep.resolve.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;

/**
 * Joins mentions across articles into entities, as articles arrive. People join on their folded
 * full name; a surname-only mention joins a full name only when one known person has that surname,
 * or when exactly one of several shares its role, country or article; two people who share a
 * surname stay apart. Demonyms and capitals standing for governments join their country; an acronym
 * joins the organisation whose initials it spells when both appear in one article.
 */
public final class EntityResolver {
  private static final class Acc {
    final String id, type;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Set<String> variants = new LinkedHashSet<>();
    final Map<String, Spell> roles = new LinkedHashMap<>();
    final Set<String> docs = new LinkedHashSet<>();
    String country;
    double lat = Double.NaN, lon = Double.NaN;
    int mentions;

    Acc(String id, String type) {
      this.id = id;
      this.type = type;
    }
  }

  private static final class Spell {
    final String role, country;
    String first, last;
    final Set<String> docs = new LinkedHashSet<>();

    Spell(String role, String country) {
      this.role = role;
      this.country = country;
    }
  }

  private final Map<String, Acc> byId = new LinkedHashMap<>();
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, Set<String>> bySurname = new HashMap<>();
  private final Map<String, String> byInitials = new HashMap<>();

  /**
   * Resolves one article's mentions and returns the entity id of each, in the order of {@code
   * doc.entities()}.
   */
  public synchronized List<String> add(Annotated doc) {
    String docId = doc.document().id();
    String date = doc.document().published().value();
    List<Mention> ms = doc.entities();
    Set<String> docKeys = new HashSet<>();
    for (Mention m : ms) docKeys.add(NameKeys.of(canonical(m)));
    List<String> ids = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      Acc acc = resolve(m, docKeys);
      if (acc == null) {
        ids.add(null);
        continue;
      }
      acc.mentions++;
      acc.docs.add(docId);
      acc.variants.add(m.text().replaceAll("\\s+", " "));
      if (!isGroupMention(m)) acc.names.merge(canonical(m), 1, Integer::sum);
      // A person's country is the one the text gives them: "France's Macron", "German Chancellor
      // Olaf Scholz".
      if (m.country() != null && acc.country == null) acc.country = m.country();
      if (!Double.isNaN(m.lat()) && Double.isNaN(acc.lat) && !isGroupMention(m)) {
        acc.lat = m.lat();
        acc.lon = m.lon();
      }
      if (m.role() != null) {
        String rc = m.country() != null ? m.country() : roleOwner(doc, m);
        Spell s = acc.roles.computeIfAbsent(m.role() + "|" + rc, k -> new Spell(m.role(), rc));
        s.docs.add(docId);
        if (date != null) {
          if (s.first == null || date.compareTo(s.first) < 0) s.first = date;
          if (s.last == null || date.compareTo(s.last) > 0) s.last = date;
        }
      }
      ids.add(acc.id);
    }
    return ids;
  }

  /**
   * Whose office a title with no country is. An organisation written right before the title owns it
   * ("NATO Secretary-General Mark Rutte", "the UN's Secretary-General"): its canonical name.
   * Otherwise see {@link #roleCountryFromSentence}.
   */
  public static String roleOwner(Annotated doc, Mention m) {
    String title = letters(m.role());
    for (Mention o : doc.entities()) {
      if (!"ORGANIZATION".equals(o.type())
          || o.end() > m.start()
          || m.start() - o.end() > m.role().length() + 6) continue;
      String between = doc.body().substring(o.end(), m.start()).replaceFirst("^['’]s\\b", "");
      if (!title.isEmpty() && letters(between).equals(title)) return canonical(o);
    }
    return roleCountryFromSentence(doc, m);
  }

  private static String letters(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }

  /**
   * A title with no country ("Defense Minister Christine Lambrecht said") is read, as news writes
   * it, as an office of the country the sentence is about: the first country named or implied in
   * that sentence.
   */
  private static String roleCountryFromSentence(Annotated doc, Mention m) {
    int si = doc.sentenceAt(m.start());
    if (si < 0) return null;
    var sent = doc.sentences().get(si);
    for (Mention o : doc.entities()) {
      if (o.start() < sent.start() || o.end() > sent.end() || o == m) continue;
      if (o.country() != null && ("LOCATION".equals(o.type()) || isGroupMention(o)))
        return o.country();
    }
    return null;
  }

  public static boolean isGroupMention(Mention m) {
    return "demonym".equals(m.kind()) || "capital-for-government".equals(m.kind());
  }

  public static String canonical(Mention m) {
    return m.canonical() != null ? m.canonical() : m.text();
  }

  private Acc resolve(Mention m, Set<String> docKeys) {
    String type = m.type();
    if (isGroupMention(m) && m.country() != null) return country(m.country());
    String key = NameKeys.of(canonical(m));
    if (key.isEmpty()) return null;
    if ("LOCATION".equals(type)
        && m.country() != null
        && key.equals(NameKeys.of(nz(Countries.name(m.country()))))) {
      return country(m.country());
    }
    if ("PERSON".equals(type)) return person(m, key, docKeys);
    if ("ORGANIZATION".equals(type)) return organisation(m, key, docKeys);
    return byKeyOrNew(type + ":" + key, type);
  }

  private Acc country(String iso3) {
    Acc a = byKeyOrNew("LOCATION:" + NameKeys.of(nz(Countries.name(iso3), iso3)), "LOCATION");
    a.country = iso3;
    if (a.names.isEmpty() && Countries.name(iso3) != null) a.names.put(Countries.name(iso3), 0);
    return a;
  }

  private Acc person(Mention m, String key, Set<String> docKeys) {
    String surname = NameKeys.surname(key);
    if (key.contains(" ")) {
      Acc a = byKeyOrNew("PERSON:" + key, "PERSON");
      bySurname.computeIfAbsent(surname, k -> new LinkedHashSet<>()).add(a.id);
      return a;
    }
    Set<String> candidates = bySurname.getOrDefault(surname, Set.of());
    if (candidates.size() == 1) return byId.get(candidates.iterator().next());
    if (candidates.size() > 1) {
      List<Acc> fits = new ArrayList<>();
      for (String id : candidates) {
        Acc a = byId.get(id);
        boolean sameArticle =
            a.names.keySet().stream().anyMatch(n -> docKeys.contains(NameKeys.of(n)));
        boolean sameRole =
            m.role() != null
                && a.roles.values().stream()
                    .anyMatch(
                        s ->
                            s.role.equals(m.role())
                                && (m.country() == null || m.country().equals(s.country)));
        if (sameArticle || sameRole) fits.add(a);
      }
      if (fits.size() == 1) return fits.get(0);
    }
    return byKeyOrNew("PERSON:" + key, "PERSON");
  }

  private Acc organisation(Mention m, String key, Set<String> docKeys) {
    String text = canonical(m).strip();
    String k = "ORGANIZATION:" + key;
    if (byKey.containsKey(k)) return byId.get(byKey.get(k));
    if (text.matches("\\p{Lu}{2,8}")) {
      String id = byInitials.get(text);
      if (id != null) return byId.get(id);
      return byKeyOrNew(k, "ORGANIZATION");
    }
    Acc a = byKeyOrNew(k, "ORGANIZATION");
    String initials = NameKeys.initials(text);
    if (initials.length() >= 2 && docKeys.contains(initials.toLowerCase(java.util.Locale.ROOT))) {
      String acronymId = byKey.get("ORGANIZATION:" + initials.toLowerCase(java.util.Locale.ROOT));
      if (acronymId != null && !acronymId.equals(a.id)) {
        byKey.put(k, acronymId);
        byId.remove(a.id);
        return byId.get(acronymId);
      }
    }
    if (initials.length() >= 2) byInitials.putIfAbsent(initials, a.id);
    return a;
  }

  private Acc byKeyOrNew(String key, String type) {
    String id = byKey.get(key);
    if (id != null) return byId.get(id);
    id = idOf(key);
    while (byId.containsKey(id)) id = id + "x";
    Acc a = new Acc(id, type);
    byId.put(id, a);
    byKey.put(key, id);
    return a;
  }

  /**
   * The id an entity first keyed by {@code key} gets ("PERSON:olaf scholz"): derived from the key,
   * so the same names give the same ids in every store; a clash is resolved by appending "x".
   */
  public static String idOf(String key) {
    return "e"
        + Integer.toHexString(key.hashCode() & 0x7fffffff)
        + Integer.toHexString(
            new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).hashCode()
                & 0xffff);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String nz(String s, String fallback) {
    return s == null ? fallback : s;
  }

  /**
   * A name for entity {@code id} that never changes once the entity is seen: the first full name
   * read for it (an acronym and its expansion are one entity, so one name), or null for an unknown
   * id. What keys things to an entity across documents, where the preferred name may still change.
   */
  public synchronized String keyName(String id) {
    Acc a = id == null ? null : byId.get(id);
    if (a == null) return null;
    if (!a.names.isEmpty()) return a.names.keySet().iterator().next();
    return a.variants.isEmpty() ? a.id : a.variants.iterator().next();
  }

  /**
   * The one country a role was seen with, or null when none or several: "Chancellor Scholz" in one
   * sentence and "German Chancellor Olaf Scholz" in another are one role, listed once.
   */
  private static String countryOf(Acc a, String role) {
    String found = null;
    for (Spell s : a.roles.values()) {
      if (!s.role.equals(role) || s.country == null) continue;
      if (found != null && !found.equals(s.country)) return null;
      found = s.country;
    }
    return found;
  }

  private static Spell union(Spell a, Spell b) {
    Spell u = new Spell(a.role, a.country);
    u.docs.addAll(a.docs);
    u.docs.addAll(b.docs);
    u.first = min(a.first, b.first);
    u.last = a.last == null ? b.last : b.last == null ? a.last : max(a.last, b.last);
    return u;
  }

  private static String min(String x, String y) {
    return x == null ? y : y == null ? x : x.compareTo(y) <= 0 ? x : y;
  }

  private static String max(String x, String y) {
    return x.compareTo(y) >= 0 ? x : y;
  }

  /** Every entity, most mentioned first. */
  public synchronized List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    for (Acc a : byId.values()) out.add(toEntity(a));
    out.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
    return out;
  }

  private static Entity toEntity(Acc a) {
    List<Entity.RoleSpell> roles = new ArrayList<>();
    for (Spell s : a.roles.values()) {
      if (s.country == null && countryOf(a, s.role) != null) continue; // folded in below
      Spell folded = s;
      Spell bare = s.country == null ? null : a.roles.get(s.role + "|null");
      if (bare != null && s.country.equals(countryOf(a, s.role))) folded = union(s, bare);
      roles.add(
          new Entity.RoleSpell(
              folded.role, folded.country, folded.first, folded.last, List.copyOf(folded.docs)));
    }
    return new Entity(
        a.id,
        a.type,
        preferredName(a),
        Set.copyOf(a.variants),
        roles,
        a.country,
        a.lat,
        a.lon,
        a.mentions,
        List.copyOf(a.docs));
  }

  /**
   * The fullest name seen; among equals, the one written with diacritics, then the most frequent.
   */
  static String preferredName(Acc a) {
    return preferredName(a.names, a.variants, a.id);
  }

  /**
   * The fullest of {@code names} (name to times seen); among equals, the one written with
   * diacritics, then the most frequent; without names the first variant, else the id.
   */
  public static String preferredName(
      Map<String, Integer> names, java.util.Collection<String> variants, String id) {
    return names.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(
                    e -> e.getKey().split("\\s+").length)
                .thenComparing(e -> e.getKey().chars().anyMatch(c -> c > 127))
                .thenComparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey)
        .orElse(variants.isEmpty() ? id : variants.iterator().next());
  }

  /**
   * Who held a role in a country, in the order first seen; undated holders follow the dated ones.
   */
  public synchronized List<Entity> holders(String role, String country) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities()) {
      if (e.roles().stream()
          .anyMatch(
              r ->
                  r.role().equalsIgnoreCase(role)
                      && java.util.Objects.equals(r.country(), country))) {
        out.add(e);
      }
    }
    out.sort(
        Comparator.comparing(
            (Entity e) -> firstSeen(e, role, country),
            Comparator.nullsLast(Comparator.naturalOrder())));
    return out;
  }

  private static String firstSeen(Entity e, String role, String country) {
    return e.roles().stream()
        .filter(
            r -> r.role().equalsIgnoreCase(role) && java.util.Objects.equals(r.country(), country))
        .map(Entity.RoleSpell::firstSeen)
        .filter(java.util.Objects::nonNull)
        .min(String::compareTo)
        .orElse(null);
  }
}
