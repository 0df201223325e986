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
 * The ways articles refer to one entity given by name: the full name, also with up to two words
 * inserted ("iTunes Music Store" for "iTunes Store"); any run of two or more of its words ("Apple
 * Corps" for "Beatles Apple Corps"); the surname of a person (a name tagged PERSON somewhere); and,
 * in the sentence after one that named it, he/his/him or she/her for a person and "the" + the head
 * word for anything else ("the store"). Matching is on {@link NameKeys}, so case and diacritics do
 * not matter.
 */
final class EntityNames {
  private static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her");
  private static final int MAX_INSERTED = 2;

  private final String[] words;
  private final List<String[]> forms = new ArrayList<>();
  private final boolean person;

  private EntityNames(String[] words, boolean person) {
    this.words = words;
    this.person = person;
    for (int len = words.length; len >= Math.min(2, words.length); len--) {
      for (int from = 0; from + len <= words.length; from++)
        forms.add(Arrays.copyOfRange(words, from, from + len));
    }
    if (person && words.length > 1) forms.add(new String[] {words[words.length - 1]});
  }

  static EntityNames of(String name, List<Annotated> docs) {
    String key = NameKeys.of(name);
    if (key.isEmpty())
      throw new IllegalArgumentException("entity name '" + name + "' has no letters or digits");
    boolean person = false;
    for (Annotated a : docs) {
      for (Mention m : a.entities())
        person |= m.type().equals("PERSON") && NameKeys.of(m.text()).equals(key);
    }
    return new EntityNames(key.split(" "), person);
  }

  /** The indexes into {@code a.tokens()} of the tokens that refer to the entity. */
  BitSet tokens(Annotated a) {
    List<Token> toks = a.tokens();
    String[] keys = new String[toks.size()];
    for (int i = 0; i < keys.length; i++) keys[i] = NameKeys.of(toks.get(i).word());
    BitSet out = new BitSet();
    BitSet named = new BitSet();
    for (int i = 0; i < keys.length; i++) {
      int end = fullNameEnd(keys, toks, i);
      for (int f = 0; end < 0 && f < forms.size(); f++) {
        if (contiguousAt(keys, toks, i, forms.get(f))) end = i + forms.get(f).length;
      }
      if (end < 0) continue;
      out.set(i, end);
      named.set(toks.get(i).sentence());
    }
    for (int i = 0; i < keys.length; i++) {
      int s = toks.get(i).sentence();
      if (s == 0 || !named.get(s - 1) || named.get(s)) continue;
      // Cheap coreference: right after a sentence that named the entity, a pronoun or "the <head>"
      // most often
      // means it.
      boolean pronoun = person && PRONOUNS.contains(keys[i]);
      boolean definite =
          !person
              && words.length > 1
              && keys[i].equals(words[words.length - 1])
              && i > 0
              && keys[i - 1].equals("the");
      if (pronoun || definite) out.set(i);
    }
    return out;
  }

  private static boolean contiguousAt(String[] keys, List<Token> toks, int i, String[] form) {
    if (i + form.length > keys.length) return false;
    for (int k = 0; k < form.length; k++) {
      if (!keys[i + k].equals(form[k]) || toks.get(i + k).sentence() != toks.get(i).sentence())
        return false;
    }
    return true;
  }

  /** The end of the full name starting at {@code i}, words in order with a few inserted, or -1. */
  private int fullNameEnd(String[] keys, List<Token> toks, int i) {
    if (!keys[i].equals(words[0])) return -1;
    int at = i, inserted = 0;
    for (int w = 1; w < words.length; w++) {
      at++;
      while (at < keys.length && !keys[at].equals(words[w]) && inserted < MAX_INSERTED) {
        at++;
        inserted++;
      }
      if (at >= keys.length
          || !keys[at].equals(words[w])
          || toks.get(at).sentence() != toks.get(i).sentence()) {
        return -1;
      }
    }
    return at + 1;
  }
}
