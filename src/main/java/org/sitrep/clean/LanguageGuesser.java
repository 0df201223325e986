package org.sitrep.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the language of a text from its script and, for the Latin script, from its function words
 * (the data file {@code function-words.tsv}: the most frequent short words of each language). News
 * text has enough function words that the vote is reliable past a sentence or two; a word shared by
 * several languages weighs little, and a text with too little evidence gets no answer rather than a
 * guess. A page mixing languages gets the one most of its words are in.
 */
public final class LanguageGuesser {
  /** The ISO 639 code of a language not told apart (a script with no language told for it). */
  public static final String UNDETERMINED = "und";

  /** Words read at most, from the start: enough for any article, bounded for huge inputs. */
  private static final int MAX_WORDS = 3000;

  /** The least evidence (in function words, shared ones counting in part) for an answer. */
  private static final double MIN_EVIDENCE = 1.5;

  /** The least share of the words that the first language's function words must make up. */
  private static final double MIN_SHARE = 0.08;

  /** Initialisms ("U.S.", "e.g.") and words with an apostrophe inside are no function words. */
  private static final Pattern ABBREVIATION =
      Pattern.compile("\\b(?:\\p{L}\\.){2,}|\\p{L}+['’]\\p{L}+");

  /** How far ahead of the second language the first must be. */
  private static final double MARGIN = 1.3;

  /** Word -> the weight it gives each language it belongs to. */
  private static final Map<String, Map<String, Double>> WORDS = load();

  private static final String CYRILLIC = "cyrillic";
  private static final Set<String> CYRILLIC_CODES = Set.of("ru", "uk", "bg", "sr");
  private static final java.util.function.Predicate<String> CYRILLIC_LANGUAGES =
      CYRILLIC_CODES::contains;
  private static final java.util.function.Predicate<String> LATIN_SCRIPT =
      l -> !CYRILLIC_CODES.contains(l);

  /** Scripts written for one language above all. */
  private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES =
      Map.ofEntries(
          Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"),
          Map.entry(Character.UnicodeScript.THAI, "th"),
          Map.entry(Character.UnicodeScript.GEORGIAN, "ka"),
          Map.entry(Character.UnicodeScript.ARMENIAN, "hy"),
          Map.entry(Character.UnicodeScript.BENGALI, "bn"),
          Map.entry(Character.UnicodeScript.TAMIL, "ta"),
          Map.entry(Character.UnicodeScript.GUJARATI, "gu"),
          Map.entry(Character.UnicodeScript.GURMUKHI, "pa"),
          Map.entry(Character.UnicodeScript.TELUGU, "te"),
          Map.entry(Character.UnicodeScript.KANNADA, "kn"),
          Map.entry(Character.UnicodeScript.MALAYALAM, "ml"),
          Map.entry(Character.UnicodeScript.SINHALA, "si"),
          Map.entry(Character.UnicodeScript.KHMER, "km"),
          Map.entry(Character.UnicodeScript.LAO, "lo"),
          Map.entry(Character.UnicodeScript.MYANMAR, "my"),
          Map.entry(Character.UnicodeScript.ETHIOPIC, "am"));

  /** Letters only Ukrainian of the Cyrillic languages told here uses. */
  private static boolean ukrainianLetters(String text) {
    int cyr = 0, ukr = 0;
    for (int i = 0; i < text.length() && i < 20_000; i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) continue;
      cyr++;
      if ("їієґЇІЄҐ".indexOf(c) >= 0) ukr++;
    }
    return ukr * 100 > cyr;
  }

  private LanguageGuesser() {}

  /**
   * An ISO 639-1 code; {@value #UNDETERMINED} for text in a script none is told for; null when the
   * text is too short or too mixed to tell.
   */
  public static String guess(String text) {
    if (text == null || text.isBlank()) return null;
    String script = byScript(text);
    if (script != null && !script.equals(CYRILLIC)) return script.isEmpty() ? null : script;
    String byWords = byWords(text, script == null ? LATIN_SCRIPT : CYRILLIC_LANGUAGES);
    if (script == null) return byWords;
    // Cyrillic: the words tell Russian, Ukrainian, Bulgarian and Serbian apart; else the letters.
    return byWords != null ? byWords : ukrainianLetters(text) ? "uk" : "ru";
  }

  private static String byWords(String text, java.util.function.Predicate<String> among) {
    Map<String, Double> votes = new HashMap<>();
    int words = 0;
    String words0 = ABBREVIATION.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    for (String w : words0.split("[^\\p{L}'’]+")) {
      if (w.isEmpty()) continue;
      if (++words > MAX_WORDS) break;
      Map<String, Double> langs = WORDS.get(w);
      // A one-letter word ("i", "a", "w") is a word in many languages and an initial in names.
      double scale = w.length() == 1 ? 0.5 : 1;
      if (langs != null)
        langs.forEach(
            (lang, weight) -> {
              if (among.test(lang)) votes.merge(lang, weight * scale, Double::sum);
            });
    }
    String best = null, runnerUp = null;
    double bestVotes = 0, second = 0;
    for (var e : votes.entrySet()) {
      double v = e.getValue();
      if (v > bestVotes || (v == bestVotes && best != null && e.getKey().compareTo(best) < 0)) {
        second = bestVotes;
        runnerUp = best;
        bestVotes = v;
        best = e.getKey();
      } else if (v > second) {
        second = v;
        runnerUp = e.getKey();
      }
    }
    if (bestVotes < MIN_EVIDENCE) return null;
    // Prose in any language is a third or more function words; in a table or a list of names a few
    // short words can decide by chance, so there the first language must win by far.
    boolean sparse = bestVotes < Math.min(words, MAX_WORDS) * MIN_SHARE;
    if (sparse && (bestVotes < 3 || bestVotes < second * 2)) return null;
    // Too close to call: if English is one of the two, say nothing; two close relatives (Danish and
    // Norwegian) still give the nearer one, since either is a language without English rules.
    if (bestVotes < second * MARGIN && ("en".equals(best) || "en".equals(runnerUp))) return null;
    return best;
  }

  /**
   * The language of a text whose page or record declares one: what the text says when it tells
   * clearly, else the declaration. Site templates often declare one language for pages in several
   * ({@code <html lang="en">} over a German article).
   */
  public static String decide(String declared, String text) {
    String told = guess(text);
    if (told != null && !told.equals(UNDETERMINED)) return told;
    return declared != null ? declared : told;
  }

  private static Map<String, Map<String, Double>> load() {
    Map<String, List<String>> byLang = new LinkedHashMap<>();
    try (InputStream in = LanguageGuesser.class.getResourceAsStream("function-words.tsv")) {
      if (in == null) throw new IllegalStateException("function-words.tsv missing from the jar");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t", 2);
        byLang.put(cols[0].strip(), List.of(cols[1].strip().split("\\s+")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Map<String, Double>> owners = new HashMap<>();
    byLang.forEach(
        (lang, words) -> {
          for (String w : words) owners.computeIfAbsent(w, k -> new HashMap<>()).put(lang, 1.0);
        });
    owners.values().forEach(m -> m.replaceAll((lang, one) -> 1.0 / m.size()));
    return owners;
  }

  /**
   * The language told by a non-Latin script, {@value #UNDETERMINED} when most letters are of a
   * script none is told for, "" for text without letters, or null for Latin-script text (the words
   * decide).
   */
  private static String byScript(String text) {
    int letters = 0,
        latin = 0,
        cyr = 0,
        arab = 0,
        han = 0,
        kana = 0,
        hangul = 0,
        greek = 0,
        hebrew = 0,
        other = 0;
    Map<Character.UnicodeScript, Integer> others = new HashMap<>();
    for (int i = 0; i < text.length() && letters < 5000; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case LATIN -> latin++;
        case CYRILLIC -> cyr++;
        case ARABIC -> arab++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case GREEK -> greek++;
        case HEBREW -> hebrew++;
        default -> {
          other++;
          others.merge(s, 1, Integer::sum);
        }
      }
    }
    if (letters == 0) return "";
    double half = letters / 2.0;
    if (cyr > half) return CYRILLIC;
    if (arab > half) return "ar";
    if (kana > letters / 10.0 && kana + han > half) return "ja";
    if (han > half) return "zh";
    if (hangul > half) return "ko";
    if (greek > half) return "el";
    if (hebrew > half) return "he";
    if (latin > half) return null;
    for (var e : others.entrySet()) {
      String code = SCRIPT_LANGUAGES.get(e.getKey());
      if (code != null && e.getValue() > half) return code;
    }
    return other > 0 ? UNDETERMINED : null;
  }
}
