package org.sitrep.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text from its script and its most frequent function words. Written here
 * because the well-known detectors on Maven Central either pull large profiles or are unmaintained;
 * news text has enough function words that a stopword vote is reliable past a few dozen words.
 */
public final class LanguageGuesser {
  private static final Map<String, Set<String>> STOPWORDS =
      Map.of(
          "en",
              Set.of(
                  "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "as",
                  "by", "it", "are", "said", "have", "this", "from", "be"),
          "de",
              Set.of(
                  "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "auf",
                  "ein", "eine", "sich", "des", "dem", "für", "auch", "wird", "im"),
          "fr",
              Set.of(
                  "le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "pour", "dans",
                  "qui", "pas", "sur", "au", "avec", "sont", "ce", "par"),
          "es",
              Set.of(
                  "el", "la", "los", "las", "y", "del", "que", "en", "un", "una", "por", "con",
                  "para", "es", "se", "su", "al", "como", "más", "pero"),
          "it",
              Set.of(
                  "il", "la", "di", "che", "e", "un", "una", "per", "non", "del", "della", "sono",
                  "con", "gli", "le", "nel", "è", "si", "da", "anche"),
          "nl",
              Set.of(
                  "de", "het", "een", "van", "en", "is", "dat", "niet", "op", "te", "zijn", "voor",
                  "met", "die", "ook", "aan", "er", "maar", "om", "wordt"),
          "pt",
              Set.of(
                  "o", "os", "as", "de", "do", "da", "dos", "das", "que", "em", "um", "uma", "para",
                  "com", "não", "por", "se", "mais", "ao", "foi"),
          "pl",
              Set.of(
                  "i", "w", "nie", "na", "się", "z", "do", "to", "że", "jest", "o", "jak", "ale",
                  "po", "co", "tak", "za", "od", "przez", "jego"),
          "lt",
              Set.of(
                  "ir", "kad", "su", "iš", "į", "bet", "yra", "buvo", "tai", "ne", "jo", "kaip",
                  "apie", "dėl", "per", "už", "tik", "jau", "prie", "nuo"),
          "sv",
              Set.of(
                  "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
                  "har", "inte", "om", "ett", "var", "de", "men", "från"));

  private LanguageGuesser() {}

  /** An ISO 639-1 code, or null when the text is too short or too mixed to tell. */
  public static String guess(String text) {
    if (text == null || text.isBlank()) return null;
    String script = byScript(text);
    if (script != null) return script;
    Map<String, Integer> votes = new HashMap<>();
    int words = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) continue;
      if (++words > 2000) break;
      for (var e : STOPWORDS.entrySet())
        if (e.getValue().contains(w)) votes.merge(e.getKey(), 1, Integer::sum);
    }
    String best = null;
    int bestVotes = 0, second = 0;
    for (var e : votes.entrySet()) {
      if (e.getValue() > bestVotes) {
        second = bestVotes;
        bestVotes = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    if (bestVotes < 3 || bestVotes < second * 1.3) return null;
    return best;
  }

  private static String byScript(String text) {
    int letters = 0,
        cyr = 0,
        arab = 0,
        han = 0,
        kana = 0,
        hangul = 0,
        greek = 0,
        hebrew = 0,
        ukr = 0;
    for (int i = 0; i < text.length() && letters < 5000; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case CYRILLIC -> {
          cyr++;
          if ("їієґЇІЄҐ".indexOf(c) >= 0) ukr++;
        }
        case ARABIC -> arab++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case GREEK -> greek++;
        case HEBREW -> hebrew++;
        default -> {}
      }
    }
    if (letters == 0) return null;
    double half = letters / 2.0;
    if (cyr > half) return ukr * 100 > cyr ? "uk" : "ru";
    if (arab > half) return "ar";
    if (kana > letters / 10.0) return "ja";
    if (han > half) return "zh";
    if (hangul > half) return "ko";
    if (greek > half) return "el";
    if (hebrew > half) return "he";
    return null;
  }
}
