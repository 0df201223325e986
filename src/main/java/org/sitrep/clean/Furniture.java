package org.sitrep.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Site furniture that scraped text carries: navigation, share and newsletter prompts, "related"
 * lists. Kept apart from the cleaner because the lists grow with every site seen, and the HTML side
 * may want them too.
 */
final class Furniture {
  /**
   * Lines that are furniture as a whole (matched case-insensitively, after trailing arrows and
   * punctuation).
   */
  private static final Pattern WHOLE_LINE =
      Pattern.compile(
          "(?i)(?:back to top(?: button)?|advertisement|advert|sponsored(?: content)?|skip to (?:main )?content"
              + "|share(?: this)?(?: (?:article|story|page|post))?(?: (?:on|via) [\\w ]{1,20})?"
              + "|(?:read|see|view) (?:more|also|next)(?: (?:stories|articles|news))?|continue reading"
              + "|(?:also read|read also|read more|see also|related|more on this|watch)\\s*:.{0,150}"
              + "|subscribe(?: now| today| here)?|sign up(?: now| here| today)?|log ?in|sign in|register"
              + "|(?:follow|like) us(?: on [\\w ]{1,30})?|print(?: this (?:article|page))?|e-?mail|copy link"
              + "|\\d* ?comments?(?: \\(\\d+\\))?|leave a (?:comment|reply)|click here.*"
              + "|(?:all rights reserved|copyright|©).*|getty images|listen to (?:this )?(?:article|story)"
              + "|\\d+ min(?:ute)?s? read|loading|close|menu|search|toggle navigation|newsletter|home"
              + "|(?:tags|topics|filed under|photo|image|source|credit)\\s*:.{0,80}"
              + "|(?:previous|next) (?:article|post|story)|(?:twitter|facebook|whatsapp|linkedin|telegram|reddit)"
              + "|thanks for (?:signing up|subscribing)[^.]{0,40}"
              + "|\\(?(?:reporting|writing|editing|additional reporting|compiled) by .{0,150})");

  /** Lines after which a page lists other articles, never this one's text. */
  private static final Pattern TAIL =
      Pattern.compile(
          "(?i)(?:related(?: articles| stories| posts| content| coverage| news| reading)?"
              + "|more (?:stories|articles|news)"
              + "(?: from [\\w ]{1,30})?|you (?:may|might) also (?:like|be interested in)"
              + "|recommended(?: for you| stories| articles| reading)?|most (?:read|popular|viewed|shared)"
              + "|trending(?: now| stories)?|latest (?:news|stories|articles)|(?:\\d+ )?comments?"
              + "|leave a (?:comment|reply)|about the author)");

  /**
   * Phrases of sign-up boxes, cookie banners and share bars; two on one line make the line
   * furniture.
   */
  private static final List<Pattern> PHRASES =
      List.of(
          Pattern.compile("(?i)\\bsign(?:ing)? up (?:to|for) (?:our|the|my)\\b"),
          Pattern.compile("(?i)\\b(?:please )?enter (?:a valid|your) e-?mail(?: address)?"),
          Pattern.compile(
              "(?i)\\b(?:read|see|view) our (?:privacy|cookie) (?:notice|policy|statement)"),
          Pattern.compile("(?i)\\bthanks? (?:you )?for (?:signing up|subscribing|registering)"),
          Pattern.compile("(?i)\\b(?:sent|delivered) (?:straight |directly )?to your inbox"),
          Pattern.compile("(?i)\\bwould like to (?:be emailed|receive e-?mails?)"),
          Pattern.compile("(?i)\\bsubscribe to (?:our|the) (?:newsletters?|channel|podcast)"),
          Pattern.compile(
              "(?i)\\b(?:our|free|daily|weekly) (?:\\w+ )?(?:newsletters?|news alerts|news emails)"),
          Pattern.compile(
              "(?i)\\bby (?:clicking|signing up|subscribing|registering)\\b[^.]{0,80}\\byou agree"),
          Pattern.compile("(?i)\\bprotected by recaptcha"),
          Pattern.compile("(?i)\\bwe use cookies|\\baccept (?:all )?cookies"),
          Pattern.compile("(?i)\\balready (?:a subscriber|have an account)"),
          Pattern.compile("(?i)\\bclick here to\\b"),
          Pattern.compile("(?i)\\bfollow us on (?:twitter|facebook|instagram|x|telegram|linkedin)"),
          Pattern.compile("(?i)\\bdownload (?:our|the) (?:free )?app"),
          Pattern.compile("(?i)\\bunsubscribe at any time"));

  private static final int SHORT_LINE_WORDS = 12;

  private Furniture() {}

  static boolean isFurniture(String line) {
    String bare = bare(line);
    if (bare.isEmpty() || WHOLE_LINE.matcher(bare).matches()) return true;
    int hits = 0;
    for (Pattern p : PHRASES) {
      Matcher m = p.matcher(line);
      while (m.find()) hits++;
    }
    return hits >= 2 || (hits == 1 && line.split(" ").length <= SHORT_LINE_WORDS);
  }

  static boolean startsTail(String line) {
    return TAIL.matcher(bare(line)).matches();
  }

  /**
   * The line without leading bullets and trailing arrows, colons or ellipses, which vary from site
   * to site.
   */
  private static String bare(String line) {
    return line.strip()
        .replaceAll("^[•·*>|»\\-–—]+\\s*", "")
        .replaceAll("[\\s:.…>»→|›-]+$", "")
        .toLowerCase(Locale.ROOT);
  }
}
