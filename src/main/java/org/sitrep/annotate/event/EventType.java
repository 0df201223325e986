package org.sitrep.annotate.event;

import java.util.Locale;

/**
 * Sitrep's event types and their codes in the two political-event ontologies: CAMEO (Schrodt et
 * al., CAMEO codebook 1.1b3, 2012) and PLOVER (Open Event Data Alliance; the category follows the
 * project's own CAMEO2PLOVER-2021 table). This enum is the one place the mapping lives.
 *
 * <pre>
 * type          CAMEO  CAMEO name                                      PLOVER     refined by the theme / trigger
 * deploy        154    Mobilize or increase armed forces               MOBILIZE
 * station       154    Mobilize or increase armed forces               MOBILIZE
 * reinforce     154    Mobilize or increase armed forces               MOBILIZE
 * withdraw      0874   Retreat or surrender militarily                 RETREAT
 * pledge        033    Express intent to provide material aid          AGREE      0331 money, 0332 weapons,
 *                                                                                 0333 humanitarian, 0334 troops
 * supply        070    Provide aid                                     AID        071 money, 072 weapons,
 *                                                                                 073 humanitarian, 074 troops
 * attack        190    Use conventional military force                 ASSAULT    193 small arms, 194 shelling
 * invade        190    Use conventional military force                 ASSAULT    192 occupy (COERCE)
 * strike        195    Employ aerial weapons                           ASSAULT
 * exercise      150    Demonstrate military or police power            MOBILIZE
 * meet          040    Consult                                         CONSULT    036 when planned/pledged
 * visit         042    Make a visit                                    CONSULT    036 when planned/pledged
 * talks         046    Engage in negotiation                           CONSULT    036 when planned/pledged
 * sign          057    Sign formal agreement                           SUPPORT
 * budget_raise  -      (no CAMEO or PLOVER counterpart)                -
 * budget_cut    -      (no CAMEO or PLOVER counterpart)                -
 * warn          130    Threaten                                        THREATEN   138 with military force
 * threaten      130    Threaten                                        THREATEN   138 military force, 139 ultimatum
 * sanction      163    Impose embargo, boycott, or sanctions           COERCE
 * </pre>
 *
 * <p>Why these choices: CAMEO has no "deploy"; 074 (provide military protection) would claim the
 * host wants the troops, which the sentence rarely says, so deploy/station/reinforce take the
 * neutral force-posture code 154 and troops offered to someone keep 0334/074 through pledge/supply.
 * A defence budget is not an interaction between two actors, so CAMEO and PLOVER have no code for
 * it; a wrong code would mislead more than none.
 */
public enum EventType {
  DEPLOY("154", "MOBILIZE"),
  STATION("154", "MOBILIZE"),
  REINFORCE("154", "MOBILIZE"),
  WITHDRAW("0874", "RETREAT"),
  PLEDGE("033", "AGREE"),
  SUPPLY("070", "AID"),
  ATTACK("190", "ASSAULT"),
  INVADE("190", "ASSAULT"),
  STRIKE("195", "ASSAULT"),
  EXERCISE("150", "MOBILIZE"),
  MEET("040", "CONSULT"),
  VISIT("042", "CONSULT"),
  TALKS("046", "CONSULT"),
  SIGN("057", "SUPPORT"),
  BUDGET_RAISE(null, null),
  BUDGET_CUT(null, null),
  WARN("130", "THREATEN"),
  THREATEN("130", "THREATEN"),
  SANCTION("163", "COERCE");

  private final String cameo;
  private final String plover;

  EventType(String cameo, String plover) {
    this.cameo = cameo;
    this.plover = plover;
  }

  /**
   * The type an {@code Event.type()} names, e.g. to read its PLOVER category; null for an unknown
   * name.
   */
  public static EventType of(String json) {
    for (EventType t : values()) if (t.json().equals(json)) return t;
    return null;
  }

  /** The name written into the annotate contract ("deploy", "budget_raise"). */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The CAMEO root-level code of the type, before refinement; null when CAMEO has none. */
  public String cameo() {
    return cameo;
  }

  /** The PLOVER category, or null. */
  public String plover() {
    return plover;
  }

  /**
   * The most specific CAMEO code the frame supports. {@code theme} is what the event moves (may be
   * null), {@code trigger} the trigger's lemma, {@code intent} whether the event is only planned or
   * pledged (CAMEO codes intent to meet apart from meeting).
   */
  String cameo(Theme theme, String trigger, boolean humanitarian, boolean intent) {
    return switch (this) {
      case PLEDGE ->
          theme == null
              ? cameo
              : switch (theme) {
                case MONEY -> "0331";
                case WEAPONS -> "0332";
                case TROOPS -> "0334";
                case AID -> humanitarian ? "0333" : cameo;
                default -> cameo;
              };
      case SUPPLY ->
          theme == null
              ? cameo
              : switch (theme) {
                case MONEY -> "071";
                case WEAPONS -> "072";
                case TROOPS -> "074";
                case AID -> humanitarian ? "073" : cameo;
                default -> cameo;
              };
      case ATTACK ->
          switch (trigger) {
            case "shell", "shelling" -> "194";
            case "shoot", "shooting", "gunfire" -> "193";
            default -> cameo;
          };
      case INVADE -> trigger.equals("occupy") || trigger.equals("occupation") ? "192" : cameo;
      case MEET, VISIT, TALKS -> intent ? "036" : cameo;
      case WARN, THREATEN -> {
        if (trigger.equals("ultimatum")) yield "139";
        yield theme == Theme.WEAPONS || theme == Theme.TROOPS ? "138" : cameo;
      }
      default -> cameo;
    };
  }
}
