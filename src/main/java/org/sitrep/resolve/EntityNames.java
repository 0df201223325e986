package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Annotated;
import org.sitrep.model.Mention;
import org.sitrep.model.Token;
import org.sitrep.resolve.entity.NameKeys;

/**
 * The ways articles refer to one entity given by name: the full name, any run of two or more of its words ("Apple
 * Corps" for "Beatles Apple Corps"), the surname of a person (a name tagged PERSON somewhere), and he/his/him or
 * she/her in the sentence after one that named the person. Matching is on {@link NameKeys}, so case and diacritics
 * do not matter.
 */
final class EntityNames {
  private static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her");

  private final List<String[]> forms = new ArrayList<>();
  private final boolean person;

  private EntityNames(String[] words, boolean person) {
    this.person = person;
    for (int len = words.length; len >= Math.min(2, words.length); len--) {
      for (int from = 0; from + len <= words.length; from++) forms.add(Arrays.copyOfRange(words, from, from + len));
    }
    if (person && words.length > 1) forms.add(new String[] {words[words.length - 1]});
  }

  static EntityNames of(String name, List<Annotated> docs) {
    String key = NameKeys.of(name);
    if (key.isEmpty()) throw new IllegalArgumentException("entity name '" + name + "' has no letters or digits");
    boolean person = false;
    for (Annotated a : docs) {
      for (Mention m : a.entities()) person |= m.type().equals("PERSON") && NameKeys.of(m.text()).equals(key);
    }
    return new EntityNames(key.split(" "), person);
  }

  /** The sentences of {@code a} (by index) that refer to the entity. */
  BitSet sentences(Annotated a) {
    List<Token> toks = a.tokens();
    String[] keys = new String[toks.size()];
    for (int i = 0; i < keys.length; i++) keys[i] = NameKeys.of(toks.get(i).word());
    BitSet named = new BitSet();
    for (int i = 0; i < keys.length; i++) {
      for (String[] f : forms) {
        if (matchesAt(keys, toks, i, f)) {
          named.set(toks.get(i).sentence());
          break;
        }
      }
    }
    BitSet out = (BitSet) named.clone();
    if (person) {
      // Cheap coreference: a pronoun right after a sentence that named the person most often means that person.
      for (int i = 0; i < keys.length; i++) {
        int s = toks.get(i).sentence();
        if (PRONOUNS.contains(keys[i]) && s > 0 && named.get(s - 1)) out.set(s);
      }
    }
    return out;
  }

  private static boolean matchesAt(String[] keys, List<Token> toks, int i, String[] form) {
    if (i + form.length > keys.length) return false;
    for (int k = 0; k < form.length; k++) {
      if (!keys[i + k].equals(form[k]) || toks.get(i + k).sentence() != toks.get(i).sentence()) return false;
    }
    return true;
  }
}
