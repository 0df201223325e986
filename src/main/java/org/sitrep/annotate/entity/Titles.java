package org.sitrep.annotate.entity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Political, military and civic titles, and their one spelling: "defence minister", "Minister of
 * Defense" and "Defense Minister" are all "Defense Minister"; "Secretary General" is
 * "Secretary-General"; "Lt. Gen." is "Lieutenant General". The vocabulary is general knowledge of
 * how news names offices, not a list of any article's people.
 */
final class Titles {
  private Titles() {}

  /**
   * Portfolios that combine with "minister" or "secretary" ("Defense Minister", "Minister of
   * Foreign Affairs").
   */
  private static final String PORTFOLIO =
      "defen[cs]e|foreign(?:\\s+affairs)?|interior|internal\\s+affairs|home(?:\\s+affairs)?|finance|economy"
          + "|economic\\s+affairs|economics|health|justice|education|energy|agriculture|environment|trade|transport"
          + "|labou?r|culture|digital\\s+affairs|development|infrastructure|european\\s+affairs|treasury|war"
          + "|security|emergency\\s+situations|veterans\\s+affairs|state";

  private static final String SINGLE =
      "president|vice[-\\s]president|prime\\s+minister|premier|chancellor|vice[-\\s]chancellor"
          + "|secretary[-\\s]general|director[-\\s]general|chief\\s+of\\s+(?:the\\s+)?(?:general\\s+|defen[cs]e\\s+)?staff"
          + "|chief\\s+of\\s+defen[cs]e|defen[cs]e\\s+chief|army\\s+chief|military\\s+chief|spy\\s+chief|intelligence\\s+chief"
          + "|foreign\\s+policy\\s+chief|commander[-\\s]in[-\\s]chief|supreme\\s+allied\\s+commander(?:\\s+europe)?"
          + "|commander|lieutenant\\s+general|lt\\.?\\s+gen\\.?|major\\s+general|maj\\.?\\s+gen\\.?"
          + "|brigadier\\s+general|brig\\.?\\s+gen\\.?|general|gen\\.|admiral|adm\\.|lieutenant\\s+colonel|lt\\.?\\s+col\\.?"
          + "|colonel|col\\.|major|maj\\.|captain|capt\\.|lieutenant|lt\\.|sergeant|sgt\\.|field\\s+marshal|marshal"
          + "|king|queen|crown\\s+prince|prince|princess|pope|emperor|emir|sheikh|sultan|supreme\\s+leader|ayatollah"
          + "|ambassador|special\\s+envoy|envoy|spokes(?:man|woman|person)|senator|sen\\.|representative|rep\\."
          + "|congress(?:man|woman)|governor|gov\\.|mayor|speaker|chair(?:man|woman)?|chief\\s+executive|ceo"
          + "|director|high\\s+representative|commissioner|opposition\\s+leader|leader|head\\s+of\\s+state"
          + "|chief\\s+justice|attorney\\s+general|prosecutor|judge|cardinal|archbishop|bishop|patriarch"
          + "|secretary\\s+of\\s+state|state\\s+secretary|foreign\\s+secretary|home\\s+secretary|minister";

  private static final String MINISTRY =
      "(?:"
          + PORTFOLIO
          + ")\\s+(?:minister|secretary)|minister\\s+(?:of|for)\\s+(?:the\\s+)?(?:"
          + PORTFOLIO
          + ")"
          + "|secretary\\s+of\\s+(?:"
          + PORTFOLIO
          + ")";

  /** A title, optionally with a rank prefix ("Deputy", "Acting", "former"). */
  static final String TITLE =
      "(?:(?:former|ex-|acting|interim|deputy|vice|first\\s+deputy)\\s*)?(?:"
          + MINISTRY
          + "|"
          + SINGLE
          + ")";

  /** A rank before the office; "vice president" and "vice chancellor" are offices of their own. */
  private static final Pattern RANK =
      Pattern.compile(
          "^((?:former|ex|acting|interim|first deputy|deputy|vice) )(?!president|chancellor)");

  private static final Pattern WHOLE = Pattern.compile("(?i)" + TITLE);
  private static final Pattern OF_FORM =
      Pattern.compile("(?i)(minister|secretary)\\s+(?:of|for)\\s+(?:the\\s+)?(.+)");
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("lt gen", "lieutenant general"),
          Map.entry("maj gen", "major general"),
          Map.entry("brig gen", "brigadier general"),
          Map.entry("lt col", "lieutenant colonel"),
          Map.entry("gen", "general"),
          Map.entry("adm", "admiral"),
          Map.entry("col", "colonel"),
          Map.entry("maj", "major"),
          Map.entry("capt", "captain"),
          Map.entry("lt", "lieutenant"),
          Map.entry("sgt", "sergeant"),
          Map.entry("sen", "senator"),
          Map.entry("rep", "representative"),
          Map.entry("gov", "governor"),
          Map.entry("ceo", "CEO"),
          Map.entry("defense chief", "chief of defense"),
          Map.entry("chief of defense staff", "chief of defense"),
          Map.entry("chief of the defense staff", "chief of defense"),
          Map.entry("ex", "former"));

  /** True when the whole phrase is a title. */
  static boolean isTitle(String phrase) {
    return WHOLE.matcher(phrase.strip()).matches();
  }

  /**
   * The one spelling of a title phrase: "defence minister" and "Minister of Defence" give "Defense
   * Minister".
   */
  static String normalise(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    p = p.replace("defence", "defense").replace("labour", "labor").replace("ex-", "ex ");
    String prefix = "";
    Matcher rank = RANK.matcher(p);
    if (rank.find()) {
      prefix = rank.group(1);
      p = p.substring(rank.end());
    }
    p =
        p.replace("secretary general", "secretary-general")
            .replace("director general", "director-general")
            .replace("vice-president", "vice president")
            .replace("vice-chancellor", "vice chancellor")
            .replace("commander in chief", "commander-in-chief");
    Matcher of = OF_FORM.matcher(p);
    if (of.matches() && !p.equals("secretary of state")) {
      p =
          portfolio(of.group(2))
              + " "
              + (of.group(1).equals("secretary") && !p.contains("defense")
                  ? "secretary"
                  : of.group(1));
      if (p.endsWith("defense secretary")) p = "defense secretary";
    } else if (p.matches("(.+) (minister|secretary)")
        && !p.startsWith("prime")
        && !p.startsWith("state secretary")) {
      int sp = p.lastIndexOf(' ');
      p = portfolio(p.substring(0, sp)) + p.substring(sp);
    }
    String bare = p.replace(".", "").strip();
    p = ABBREVIATIONS.getOrDefault(bare, p);
    String pre = ABBREVIATIONS.getOrDefault(prefix.strip(), prefix.strip());
    return titleCase((pre.isEmpty() ? "" : pre + " ") + p);
  }

  /** "foreign affairs" and "foreign" are one portfolio, as are "home affairs" and "interior". */
  private static String portfolio(String p) {
    return switch (p.strip()) {
      case "foreign affairs" -> "foreign";
      case "home", "home affairs", "internal affairs" -> "interior";
      case "economic affairs", "economics" -> "economy";
      default -> p.strip();
    };
  }

  private static String titleCase(String p) {
    StringBuilder b = new StringBuilder(p.length());
    boolean start = true;
    String[] words = p.split(" ");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (w > 0) b.append(' ');
      if (w > 0 && (word.equals("of") || word.equals("the") || word.equals("for"))) {
        b.append(word);
        continue;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        b.append(
            start || (i > 0 && word.charAt(i - 1) == '-' && !word.startsWith("in", i))
                ? Character.toUpperCase(c)
                : c);
        start = false;
      }
      start = true;
    }
    return b.toString();
  }
}
