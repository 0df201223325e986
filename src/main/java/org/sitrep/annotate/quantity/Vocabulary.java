package org.sitrep.annotate.quantity;

import java.util.Set;

/** Word classes the tagger needs without a part-of-speech tagger: function words, irregular plurals, months. */
final class Vocabulary {
  private Vocabulary() {}

  /** Words that end a noun phrase after a number. */
  static final Set<String> FUNCTION =
      Set.of("the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "nor",
          "plus", "as", "than", "that", "which", "who", "whom", "whose", "were", "was", "is", "are", "be", "been",
          "being", "have", "has", "had", "will", "would", "could", "should", "may", "might", "can", "must", "shall",
          "do", "does", "did", "this", "these", "those", "it", "its", "their", "his", "her", "our", "we", "they", "he",
          "she", "you", "i", "per", "each", "into", "onto", "near", "across", "over", "under", "after", "before",
          "since", "during", "through", "including", "while", "not", "also", "already", "still", "only", "just",
          "currently", "now", "there", "here", "about", "around", "against", "between", "among", "ago", "if",
          "when", "where", "so", "too", "very", "all", "both", "either", "neither", "such", "then", "them", "him",
          "us", "me", "said", "says", "say", "told", "according", "more", "less", "fewer", "most", "least", "away",
          "apiece", "overall", "total", "altogether", "respectively", "instead", "last", "next", "earlier", "later",
          "out", "off", "up", "down", "back", "via", "toward", "towards", "within", "without", "amid", "along",
          "whereas", "because", "though", "although", "unless", "until", "till", "upon", "like", "whether", "others",
          "another", "other", "none", "any", "some", "many", "much", "several", "few", "themselves", "himself",
          "herself", "itself", "ourselves", "yourselves", "myself", "ones");

  /** Plurals and collective nouns that do not end in "s". */
  static final Set<String> IRREGULAR_PLURAL =
      Set.of("people", "men", "women", "children", "personnel", "police", "staff", "aircraft", "cattle", "livestock",
          "sheep", "fish", "deer", "geese", "mice", "teeth", "infantry", "crew", "militia", "spacecraft",
          "hovercraft", "offspring", "clergy", "youth", "folk", "citizenry", "ammunition", "equipment");

  /** Nouns naming a body whose size is a head count, so a bare number about them counts what was counted before. */
  static final Set<String> COLLECTIVE =
      Set.of("force", "forces", "contingent", "brigade", "battlegroup", "deployment", "presence", "mission",
          "garrison", "army", "number", "numbers", "total", "toll", "figure", "strength", "headcount", "size",
          "battalion", "division", "unit", "troop");

  static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Words before a four-digit number that make it a year: "in 2027", "by the year 2027", "mid-2024". */
  static final Set<String> YEAR_CONTEXT =
      Set.of("in", "by", "since", "until", "till", "from", "of", "year", "years", "the", "early", "late", "mid",
          "before", "after", "during", "through", "circa", "fiscal", "fy", "spring", "summer", "autumn", "fall",
          "winter", "end", "start", "beginning", "between", "and", "to", "for", "season", "class", "election",
          "budget", "census", "against", "on", "at", "its", "his", "her", "their", "this", "that", "around",
          "about", "christmas", "easter", "ad", "bc", "'s", "\u2019s");

  /** Words that make "one" a pronoun or determiner rather than a count: "the one", "no one", "which one". */
  static final Set<String> NOT_ONE = Set.of("the", "this", "that", "which", "no", "any", "every", "each");

  static boolean pluralLooking(String w) {
    if (IRREGULAR_PLURAL.contains(w)) return true;
    if (w.length() < 4 || !w.endsWith("s")) return false;
    return !(w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ous") || w.endsWith("'s"));
  }

  /** A month name; "may" and "march" only capitalised, since lower-case they are a verb and a noun. */
  static boolean isMonth(Tok t) {
    if (t == null || !t.isWord() || !MONTHS.contains(t.lower())) return false;
    return t.capitalized() || !(t.lower().equals("may") || t.lower().equals("march"));
  }
}
