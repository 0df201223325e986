package org.sitrep.resolve.entity;

import java.util.List;
import java.util.Set;

/**
 * A person, organisation or place as seen across articles: its preferred {@code name}, every
 * written {@code variants}, the roles it held with the dates they were seen, its country (ISO
 * alpha-3) and coordinates for places, and how often and where it was mentioned.
 */
public record Entity(
    String id,
    String type,
    String name,
    Set<String> variants,
    List<RoleSpell> roles,
    String country,
    double lat,
    double lon,
    int mentions,
    List<String> docs) {

  /**
   * A role seen held: "Defense Minister" of DEU (an ISO alpha-3 code, or the canonical name of the
   * organisation whose office it is: "Secretary-General" of NATO), first and last seen (ISO dates
   * or null), in which documents.
   */
  public record RoleSpell(
      String role, String country, String firstSeen, String lastSeen, List<String> docs) {}
}
