package org.sitrep.resolve.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who held which office when: every role seen across the entities ("Defense Minister" of DEU,
 * "Secretary-General" of NATO), with its holders in the order they were first seen, each with the
 * dates seen holding it and the articles that say so. Titles arrive in one spelling ({@code
 * annotate.entity.Titles}), so grouping by role and country is exact.
 */
public final class Offices {
  private Offices() {}

  /** An office: the title, whose it is (an ISO alpha-3 code, an organisation, or null). */
  public record Office(String role, String of, List<Holder> holders) {}

  /** One holder: first and last seen holding the office (ISO dates, or null when undated). */
  public record Holder(
      String entityId, String name, String firstSeen, String lastSeen, List<String> docs) {}

  /**
   * Offices held by people, most holders first, then by title; holders oldest first, undated last.
   */
  public static List<Office> of(List<Entity> entities) {
    Map<List<String>, List<Holder>> byOffice = new LinkedHashMap<>();
    for (Entity e : entities) {
      if (!"PERSON".equals(e.type())) continue;
      for (Entity.RoleSpell r : withWhose(e.roles())) {
        byOffice
            .computeIfAbsent(java.util.Arrays.asList(r.role(), r.country()), k -> new ArrayList<>())
            .add(new Holder(e.id(), e.name(), r.firstSeen(), r.lastSeen(), r.docs()));
      }
    }
    List<Office> out = new ArrayList<>();
    Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
    for (var e : byOffice.entrySet()) {
      List<Holder> hs = new ArrayList<>(e.getValue());
      hs.sort(Comparator.comparing(Holder::firstSeen, nullsLast).thenComparing(Holder::name));
      out.add(new Office(e.getKey().get(0), e.getKey().get(1), List.copyOf(hs)));
    }
    out.sort(
        Comparator.comparingInt((Office o) -> -o.holders().size())
            .thenComparing(Office::role)
            .thenComparing(Office::of, nullsLast));
    return out;
  }

  /**
   * The offices whose title contains {@code role} (any case) and whose owner is {@code of} (an ISO
   * code, a country's name or an organisation); a null filter takes every office.
   */
  public static List<Office> matching(List<Office> offices, String role, String of) {
    String r = role == null ? null : role.toLowerCase(Locale.ROOT);
    return offices.stream()
        .filter(o -> r == null || o.role().toLowerCase(Locale.ROOT).contains(r))
        .filter(
            o ->
                of == null
                    || of.equalsIgnoreCase(String.valueOf(o.of()))
                    || (o.of() != null && of.equalsIgnoreCase(Countries.name(o.of()))))
        .toList();
  }

  /**
   * A person's spells, where a title seen without whose it is joins the one spell of the same title
   * that says whose ("Chancellor" beside "Chancellor" of DEU): the same office, seen in more
   * places.
   */
  public static List<Entity.RoleSpell> withWhose(List<Entity.RoleSpell> spells) {
    List<Entity.RoleSpell> out = new ArrayList<>();
    for (Entity.RoleSpell r : spells) {
      List<Entity.RoleSpell> owned =
          spells.stream().filter(o -> o.country() != null && o.role().equals(r.role())).toList();
      if (r.country() == null && owned.size() == 1) continue;
      if (r.country() != null && owned.size() == 1) {
        Entity.RoleSpell merged = r;
        for (Entity.RoleSpell n : spells) {
          if (n.country() == null && n.role().equals(r.role())) merged = join(merged, n);
        }
        out.add(merged);
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private static Entity.RoleSpell join(Entity.RoleSpell a, Entity.RoleSpell b) {
    Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
    Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    String first =
        nullsLast.compare(a.firstSeen(), b.firstSeen()) <= 0 ? a.firstSeen() : b.firstSeen();
    String last = nullsFirst.compare(a.lastSeen(), b.lastSeen()) >= 0 ? a.lastSeen() : b.lastSeen();
    List<String> docs = new ArrayList<>(a.docs());
    for (String d : b.docs()) if (!docs.contains(d)) docs.add(d);
    return new Entity.RoleSpell(a.role(), a.country(), first, last, List.copyOf(docs));
  }
}
