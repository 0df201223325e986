package org.sitrep.annotate.event;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Token;

/**
 * What an event moves or changes, read off the head nouns near its trigger. The theme decides what
 * an ambiguous verb means: "send troops" deploys, "send tanks" supplies, "raise the budget" is a
 * budget rise, "sending a clear sign" is nothing at all.
 */
enum Theme {
  TROOPS,
  WEAPONS,
  MONEY,
  AID,
  BUDGET,
  AGREEMENT;

  private static final Map<String, Theme> NOUNS = new HashMap<>();

  private static void put(Theme t, String... lemmas) {
    for (String l : lemmas) NOUNS.put(l, t);
  }

  static {
    put(
        TROOPS,
        "troop",
        "soldier",
        "force",
        "brigade",
        "battalion",
        "battlegroup",
        "regiment",
        "division",
        "unit",
        "personnel",
        "contingent",
        "army",
        "marine",
        "paratrooper",
        "sailor",
        "airman",
        "serviceman",
        "servicemember",
        "peacekeeper",
        "mercenary",
        "reservist",
        "infantry",
        "presence",
        "garrison",
        "corps");
    put(
        WEAPONS,
        "weapon",
        "weaponry",
        "arm",
        "tank",
        "missile",
        "rocket",
        "artillery",
        "howitzer",
        "ammunition",
        "munition",
        "shell",
        "jet",
        "fighter",
        "aircraft",
        "warplane",
        "helicopter",
        "drone",
        "warship",
        "frigate",
        "submarine",
        "launcher",
        "rifle",
        "gun",
        "grenade",
        "armour",
        "armor",
        "helmet",
        "equipment",
        "leopard",
        "patriot",
        "himars",
        "abrams",
        "taurus",
        "f-16",
        "vehicle");
    put(
        MONEY,
        "money",
        "fund",
        "funding",
        "euro",
        "dollar",
        "loan",
        "grant",
        "cash",
        "financing",
        "credit");
    put(AID, "aid", "assistance", "support", "supply", "food", "medicine", "relief");
    put(BUDGET, "budget", "spending", "expenditure", "outlay", "investment", "allocation");
    put(
        AGREEMENT,
        "agreement",
        "deal",
        "treaty",
        "accord",
        "pact",
        "memorandum",
        "contract",
        "declaration",
        "protocol");
  }

  /**
   * The theme a token names, or null. "military aid" is weapons-like aid, "financial aid" money.
   */
  static Theme of(Token t, Token before) {
    if (t.pos() == null || !t.pos().startsWith("NN")) return null;
    Theme th = lookup(t);
    if (th != AID) return th;
    // "supplies" are goods; "supply chains", "energy supply" are not.
    if (key(t).equals("supply") && !t.word().toLowerCase(Locale.ROOT).endsWith("ies")) return null;
    String b = before == null ? "" : key(before);
    if (b.equals("military") || b.equals("defense") || b.equals("defence")) return WEAPONS;
    if (b.equals("financial") || b.equals("economic") || b.equals("budget")) return MONEY;
    // Bare "support" is mostly political ("unwavering support for Ukraine"); only qualified support
    // is material.
    return key(t).equals("support") && !b.equals("humanitarian") ? null : th;
  }

  /**
   * CoreNLP leaves some plurals unlemmatised ("troops"), so a plural word falls back to its
   * singular.
   */
  private static Theme lookup(Token t) {
    Theme th = NOUNS.get(key(t));
    if (th != null) return th;
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.endsWith("s") ? NOUNS.get(w.substring(0, w.length() - 1)) : null;
  }

  /** Humanitarian aid words, which CAMEO codes apart (073) from aid in general. */
  static boolean humanitarian(Token t) {
    String k = key(t);
    return k.equals("humanitarian")
        || k.equals("food")
        || k.equals("medicine")
        || k.equals("relief");
  }

  static String key(Token t) {
    String l = t.lemma() != null ? t.lemma() : t.word();
    return l.toLowerCase(Locale.ROOT);
  }
}
