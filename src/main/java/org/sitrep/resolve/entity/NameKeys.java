package org.sitrep.resolve.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Matching keys for names: diacritics folded (Anušauskas = Anusauskas), case and punctuation dropped. */
public final class NameKeys {
  private NameKeys() {}

  public static String of(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    n = n.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace("ß", "ss");
    n = n.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return n;
  }

  /** The last word of a person's name key: the surname in most languages news is written in. */
  public static String surname(String key) {
    int sp = key.lastIndexOf(' ');
    return sp < 0 ? key : key.substring(sp + 1);
  }

  /** Capital letters of a multi-word name: "North Atlantic Treaty Organization" gives "NATO". */
  public static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      sb.append(w.charAt(0));
    }
    return sb.toString();
  }
}
