package org.sitrep.annotate.quantity;

import java.util.List;
import org.sitrep.model.Token;

/**
 * Part-of-speech and named-entity tags of the language layer, looked up by character offset, for
 * when the document has tokens. The tagger's own tokens need not line up with the language layer's:
 * a lookup returns the tag of the token covering the offset, or null.
 */
final class PosIndex {
  private final List<Token> tokens;

  PosIndex(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** An index over {@code tokens}, or null when there are none or none carries a tag. */
  static PosIndex of(List<Token> tokens) {
    if (tokens.isEmpty()) return null;
    for (int k = 1; k < tokens.size(); k++)
      if (tokens.get(k).start() < tokens.get(k - 1).start()) return null;
    return tokens.stream().anyMatch(t -> t.pos() != null) ? new PosIndex(tokens) : null;
  }

  String tagAt(int offset) {
    Token t = at(offset);
    return t == null ? null : t.pos();
  }

  /**
   * True when the token at {@code offset} is part of a named place or person, which can receive a
   * figure ("sent Ukraine 14 tanks", "gave Smith 3 votes"). Not an organisation: before a number
   * that is a maker or a model far more often ("Leopard 2 tanks", "Boeing 737 jets", "Falcon 9
   * rockets") than a recipient.
   */
  boolean nameAt(int offset) {
    Token t = at(offset);
    return t != null && t.ner() != null && NAMES.contains(t.ner());
  }

  private static final java.util.Set<String> NAMES =
      java.util.Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "PERSON", "NATIONALITY");

  private Token at(int offset) {
    int lo = 0, hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (offset < t.start()) hi = mid - 1;
      else if (offset >= t.end()) lo = mid + 1;
      else return t;
    }
    return null;
  }

  /** A noun or adjective, or a participle, that may stand inside a noun phrase after a number. */
  static boolean nominal(String tag) {
    return tag.startsWith("NN")
        || tag.startsWith("JJ")
        || tag.equals("VBN")
        || tag.equals("VBG")
        || tag.equals("CD");
  }

  static boolean plural(String tag) {
    return tag.equals("NNS") || tag.equals("NNPS");
  }

  /** A finite verb: "1,500 remained in custody". */
  static boolean finiteVerb(String tag) {
    return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
  }
}
