package org.sitrep.annotate.quote;

import java.util.Locale;
import java.util.Set;

/** Titles, offices and the words that build them ("Defense Minister", "Chief of Defense", "Sen."), and pronouns. */
final class Roles {
  private Roles() {}

  private static final Set<String> ROLE_WORDS = Lexicon.set(
      "minister", "president", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief",
      "general", "gen", "gen.", "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman",
      "congresswoman", "governor", "gov", "gov.", "mayor", "ambassador", "commander", "director", "chairman",
      "chairwoman", "chair", "leader", "premier", "prime", "foreign", "defense", "defence", "deputy", "vice", "head",
      "official", "officer", "adviser", "advisor", "ceo", "candidate", "nominee", "speaker", "pope", "king", "queen",
      "prince", "princess", "judge", "justice", "attorney", "prosecutor", "lawyer", "sheriff", "colonel", "col.",
      "lt.", "captain", "capt.", "admiral", "adm.", "major", "sgt.", "dr.", "mr.", "mrs.", "ms.", "dr", "mr", "mrs", "ms", "prof.", "professor",
      "secretary-general", "interior", "finance", "economy", "health", "state", "staff", "manager", "strategist",
      "pollster", "analyst", "economist", "expert", "researcher", "professor", "founder", "executive", "aide",
      "counselor", "counsel", "press", "campaign", "party", "house", "senate", "majority", "minority", "whip",
      "emperor", "sultan", "sheikh", "ayatollah", "cardinal", "bishop", "rev.", "reverend", "marshal", "lieutenant",
      "sergeant", "private", "corporal", "brigadier", "field", "army", "navy", "air", "force", "forces", "military",
      "intelligence", "security", "national", "federal", "former", "then", "acting", "interim", "top", "senior",
      "chief-of-staff", "coach", "owner", "author", "host", "anchor", "reporter", "correspondent", "editor",
      "columnist", "activist", "organizer", "member", "delegate", "commissioner", "inspector", "administrator",
      "superintendent", "provost", "dean", "chancellor", "treasurer", "auditor", "comptroller", "clerk", "envoy",
      "diplomat", "negotiator", "representative", "lawmaker", "legislator", "politician", "candidate", "hopeful",
      "running", "mate", "nominee", "challenger", "incumbent", "rival", "opponent", "supporter", "voter", "resident",
      "witness", "victim", "officials", "spokespeople", "leaders", "sources", "source");

  /** Words that head a description of a person or body that can speak ("the minister", "officials"). */
  private static final Set<String> SPEAKER_NOUNS = Lexicon.set(
      "minister", "president", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief",
      "general", "senator", "governor", "mayor", "ambassador", "commander", "director", "chairman", "chairwoman",
      "leader", "premier", "official", "officials", "officer", "adviser", "advisor", "candidate", "nominee", "speaker",
      "judge", "attorney", "prosecutor", "lawyer", "pollster", "analyst", "economist", "expert", "aide", "manager",
      "strategist", "ministry", "government", "department", "agency", "army", "military", "police", "statement",
      "report", "campaign", "committee", "commission", "company", "group", "court", "white", "house", "kremlin",
      "pentagon", "spokespeople", "leaders", "sources", "source", "lawmaker", "lawmakers", "congressman",
      "congresswoman", "representative", "host", "anchor", "founder", "executive", "diplomat", "envoy", "negotiator");

  private static final Set<String> PRONOUNS = Lexicon.set("he", "she", "they", "it", "we", "i");

  static boolean isRoleWord(String w) {
    return ROLE_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean isSpeakerNoun(String w) {
    return SPEAKER_NOUNS.contains(w.toLowerCase(Locale.ROOT));
  }

  static boolean isPronoun(String w) {
    return PRONOUNS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Personal pronouns that stand for a third party who can be quoted. */
  static boolean isThirdPerson(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.equals("he") || l.equals("she") || l.equals("they");
  }
}
