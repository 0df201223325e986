package org.sitrep.resolve.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
  private static final class Acc extends EntityRules.Entry {
    final Map<String, Spell> roles = new LinkedHashMap<>();
    final Set<String> docs = new LinkedHashSet<>();

    Acc(String id, String type) {
      super(id, type);
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

  /** The rules over the maps above; an article is named by its document id. */
  private final EntityRules<Acc, String, RuntimeException> rules =
      new EntityRules<>() {
        @Override
        protected Acc byKey(String key) {
          String id = byKey.get(key);
          return id == null ? null : byId.get(id);
        }

        @Override
        protected boolean exists(String id) {
          return byId.containsKey(id);
        }

        @Override
        protected Acc create(String id, String key, String type) {
          Acc a = new Acc(id, type);
          byId.put(id, a);
          byKey.put(key, id);
          return a;
        }

        @Override
        protected void addSurname(String surname, Acc a) {
          bySurname.computeIfAbsent(surname, k -> new LinkedHashSet<>()).add(a.id);
        }

        @Override
        protected List<Acc> withSurname(String surname) {
          return bySurname.getOrDefault(surname, Set.of()).stream().map(byId::get).toList();
        }

        @Override
        protected Acc byInitials(String initials) {
          String id = byInitials.get(initials);
          return id == null ? null : byId.get(id);
        }

        @Override
        protected void addInitials(String initials, Acc a) {
          byInitials.putIfAbsent(initials, a.id);
        }

        @Override
        protected void fold(String key, Acc from, Acc into) {
          byKey.put(key, into.id);
          byId.remove(from.id);
        }

        @Override
        protected boolean heldRole(Acc a, String role, String country) {
          return a.roles.values().stream()
              .anyMatch(s -> s.role.equals(role) && (country == null || country.equals(s.country)));
        }

        @Override
        protected void seen(Acc a, String docId) {
          a.docs.add(docId);
        }

        @Override
        protected void roleSeen(Acc a, String role, String country, String date, String docId) {
          Spell s = a.roles.computeIfAbsent(role + "|" + country, k -> new Spell(role, country));
          s.docs.add(docId);
          if (date != null) {
            if (s.first == null || date.compareTo(s.first) < 0) s.first = date;
            if (s.last == null || date.compareTo(s.last) > 0) s.last = date;
          }
        }
      };

  /**
   * Resolves one article's mentions and returns the entity id of each, in the order of {@code
   * doc.entities()}.
   */
  public synchronized List<String> add(Annotated doc) {
    List<String> ids = new ArrayList<>();
    for (Acc a : rules.resolveAll(doc, doc.document().id())) ids.add(a == null ? null : a.id);
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
   * A title with no country ("Germany will send more soldiers, Defense Minister Christine Lambrecht
   * said") is read, as news writes it, as an office of the country the sentence is about: the first
   * country named or implied in that sentence before the title. A country named only after the
   * person is not given to them ("cooperation with both President Kamala Harris and the incoming
   * U.S. administration"): the title stays without whose it is.
   */
  private static String roleCountryFromSentence(Annotated doc, Mention m) {
    int si = doc.sentenceAt(m.start());
    if (si < 0) return null;
    var sent = doc.sentences().get(si);
    int title = titleStart(doc, m);
    for (Mention o : doc.entities()) {
      if (o.start() < sent.start() || o.end() > sent.end() || o == m) continue;
      if (o.end() > title) continue;
      if (o.country() != null && ("LOCATION".equals(o.type()) || isGroupMention(o)))
        return o.country();
    }
    return null;
  }

  /**
   * Where the title of {@code m} begins: the role written right before the name ("Defense Minister
   * Christine Lambrecht"), else the name itself.
   */
  private static int titleStart(Annotated doc, Mention m) {
    String before = doc.body().substring(Math.max(0, m.start() - m.role().length() - 4), m.start());
    int at =
        before
            .toLowerCase(java.util.Locale.ROOT)
            .lastIndexOf(m.role().toLowerCase(java.util.Locale.ROOT));
    return at < 0 ? m.start() : m.start() - before.length() + at;
  }

  public static boolean isGroupMention(Mention m) {
    return "demonym".equals(m.kind()) || "capital-for-government".equals(m.kind());
  }

  public static String canonical(Mention m) {
    return m.canonical() != null ? m.canonical() : m.text();
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

  /**
   * The name that keys things to entity {@code id} across documents (an acronym and its expansion
   * are one entity, so one name): its most frequent full name as it stands (see {@link
   * EntityRules.Entry#keyName}), the same for the same articles in any order; null for an unknown
   * id.
   */
  public synchronized String keyName(String id) {
    Acc a = id == null ? null : byId.get(id);
    return a == null ? null : a.keyName();
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
   * The fullest name seen; among equals, the one written with diacritics, then the most frequent,
   * then the one the earliest article gives, then the least.
   */
  static String preferredName(Acc a) {
    return preferredName(a.names, a.nameFirst, a.variants, a.id);
  }

  /**
   * {@link #preferredName(Map, Map, java.util.Collection, String)} of an entity as the rules keep
   * it.
   */
  public static String preferredName(EntityRules.Entry e) {
    return preferredName(e.names, e.nameFirst, e.variants, e.id);
  }

  /**
   * The fullest of {@code names} (name to times seen); among equals, the one written with
   * diacritics, then the most frequent, then the one whose order key in {@code firsts} (the
   * earliest article giving it) is least, then the least; without names the least variant, else the
   * id. Whatever order the names were read in, the same names give the same one.
   */
  public static String preferredName(
      Map<String, Integer> names,
      Map<String, String> firsts,
      java.util.Collection<String> variants,
      String id) {
    return names.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(
                    e -> EntityRules.Entry.words(e.getKey()))
                .thenComparing(e -> e.getKey().chars().anyMatch(c -> c > 127))
                .thenComparingInt(Map.Entry::getValue)
                .thenComparing(
                    e -> firsts.getOrDefault(e.getKey(), "\uffff\uffff"), Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(variants.isEmpty() ? id : java.util.Collections.min(variants));
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
