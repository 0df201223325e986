package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Mention;
import org.sitrep.model.NameKey;

/**
 * Joins the people of one document under one full name. A surname alone ("Pistorius") takes the
 * full name that ends with it ("Boris Pistorius"), the nearest earlier one when several do;
 * spellings that differ only in diacritics ("Anusauskas", "Anušauskas") are one name, and the
 * canonical form keeps the diacritics when any mention has them, since dropping them is what loses
 * information. Merging across documents is a later stage (see {@link NameKey}).
 */
final class ShortForms {
  private ShortForms() {}

  static List<Mention> join(List<Mention> mentions) {
    Map<String, String> preferred = new HashMap<>();
    for (Mention m : mentions) {
      if (!isPerson(m) || words(m).length < 2) continue;
      preferred.merge(NameKey.of(m.canonical()), m.canonical(), ShortForms::richer);
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    List<String> fullSeen = new ArrayList<>();
    for (Mention m : mentions) {
      if (!isPerson(m)) {
        out.add(m);
        continue;
      }
      String[] w = words(m);
      if (w.length >= 2) {
        String full = preferred.get(NameKey.of(m.canonical()));
        fullSeen.add(full);
        out.add(m.withCanonical(full));
        continue;
      }
      String full = fullNameFor(NameKey.of(w[0]), fullSeen, preferred);
      out.add(full == null ? m : m.withCanonical(full).withKind("short-form"));
    }
    return out;
  }

  /**
   * The nearest earlier full name ending with this surname, else the only one in the document, else
   * null.
   */
  private static String fullNameFor(
      String surname, List<String> fullSeen, Map<String, String> preferred) {
    for (int k = fullSeen.size() - 1; k >= 0; k--)
      if (endsWith(fullSeen.get(k), surname)) return fullSeen.get(k);
    String only = null;
    for (String full : preferred.values()) {
      if (!endsWith(full, surname)) continue;
      if (only != null && !only.equals(full)) return null;
      only = full;
    }
    return only;
  }

  private static boolean endsWith(String full, String surnameKey) {
    String key = NameKey.of(full);
    return key.endsWith(" " + surnameKey);
  }

  /**
   * Of two spellings with one key, the one with more non-ASCII letters (diacritics kept); ties keep
   * the first seen.
   */
  private static String richer(String a, String b) {
    return nonAscii(b) > nonAscii(a) ? b : a;
  }

  private static int nonAscii(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++)
      if (s.charAt(i) > 127 && Character.isLetter(s.charAt(i))) n++;
    return n;
  }

  private static boolean isPerson(Mention m) {
    return m.type().equals("PERSON") && m.canonical() != null;
  }

  private static String[] words(Mention m) {
    return m.canonical().split(" ");
  }
}
