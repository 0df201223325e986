package org.sitrep.resolve.framing;

import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Annotated;

/**
 * The tone of an article in its own voice, as GDELT measures it: positive minus negative words per
 * 100 words, over the text outside quotes (a quoted threat is the speaker's tone, not the
 * outlet's). A small general lexicon of news vocabulary; it separates alarmed from matter-of-fact
 * coverage of one story, not fine shades of opinion.
 */
public final class Tone {
  private static final Set<String> POSITIVE =
      Set.of(
          "agree",
          "agreed",
          "agreement",
          "ally",
          "allies",
          "alliance",
          "assure",
          "benefit",
          "boost",
          "bolster",
          "calm",
          "celebrate",
          "commitment",
          "confidence",
          "confident",
          "cooperation",
          "deal",
          "defend",
          "democracy",
          "effective",
          "ensure",
          "freedom",
          "gain",
          "good",
          "great",
          "help",
          "historic",
          "hope",
          "improve",
          "leadership",
          "optimism",
          "partner",
          "partnership",
          "peace",
          "praised",
          "progress",
          "protect",
          "protection",
          "reassure",
          "relief",
          "resilient",
          "resolve",
          "robust",
          "secure",
          "security",
          "solidarity",
          "stability",
          "strengthen",
          "strong",
          "success",
          "successful",
          "support",
          "unity",
          "welcome",
          "welcomed",
          "win");
  private static final Set<String> NEGATIVE =
      Set.of(
          "aggression",
          "aggressive",
          "aggressors",
          "alarm",
          "alarming",
          "attack",
          "attacks",
          "bomb",
          "brutal",
          "casualties",
          "collapse",
          "conflict",
          "crisis",
          "damage",
          "danger",
          "dangerous",
          "dead",
          "death",
          "deaths",
          "defeat",
          "deplete",
          "destroyed",
          "destruction",
          "disabled",
          "escalation",
          "fear",
          "fears",
          "fight",
          "fighting",
          "fire",
          "hostile",
          "insufficient",
          "invade",
          "invasion",
          "kill",
          "killed",
          "loss",
          "losses",
          "nuclear",
          "oppression",
          "provocation",
          "risk",
          "sanctions",
          "shelling",
          "strike",
          "tension",
          "tensions",
          "threat",
          "threaten",
          "threats",
          "ultimatum",
          "ultimatums",
          "violence",
          "volatile",
          "war",
          "weapons",
          "wounded");

  private Tone() {}

  /**
   * Positive minus negative words per 100 words outside quotes; 0 for an article with no words
   * there.
   */
  public static double of(Annotated a) {
    String body = a.body();
    int words = 0, pos = 0, neg = 0, i = 0, n = body.length();
    while (i < n) {
      while (i < n && !Character.isLetter(body.charAt(i))) i++;
      int s = i;
      while (i < n && Character.isLetter(body.charAt(i))) i++;
      if (i == s || a.insideQuote(s)) continue;
      words++;
      String w = body.substring(s, i).toLowerCase(Locale.ROOT);
      if (POSITIVE.contains(w)) pos++;
      else if (NEGATIVE.contains(w)) neg++;
    }
    return words == 0 ? 0 : 100.0 * (pos - neg) / words;
  }
}
