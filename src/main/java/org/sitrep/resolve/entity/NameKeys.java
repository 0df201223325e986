package org.sitrep.resolve.entity;

import org.sitrep.model.NameKey;

/**
 * Matching keys for names: diacritics folded (Anušauskas = Anusauskas), case and punctuation
 * dropped.
 */
public final class NameKeys {
  private NameKeys() {}

  /** {@link NameKey#of} of the name without a possessive ending ("Germany’s" is Germany). */
  public static String of(String name) {
    return NameKey.of(name.replaceAll("[’']s\\b", ""));
  }

  /** The last word of a person's name key: the surname in most languages news is written in. */
  public static String surname(String key) {
    int sp = key.lastIndexOf(' ');
    return sp < 0 ? key : key.substring(sp + 1);
  }
}
