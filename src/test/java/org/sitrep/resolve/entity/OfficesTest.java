package org.sitrep.resolve.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficesTest {
  static Entity person(String id, String name, Entity.RoleSpell... roles) {
    return new Entity(
        id,
        "PERSON",
        name,
        Set.of(name),
        List.of(roles),
        null,
        Double.NaN,
        Double.NaN,
        1,
        List.of("d-" + id));
  }

  static Entity.RoleSpell spell(String role, String of, String first, String last, String... docs) {
    return new Entity.RoleSpell(role, of, first, last, List.of(docs));
  }

  @Test
  void holdersComeInTheOrderFirstSeenUndatedLastAndATitleWithoutWhoseJoinsItsOffice() {
    List<Entity> es =
        List.of(
            person(
                "p",
                "Boris Pistorius",
                spell("Defense Minister", "DEU", "2023-06-26", "2024-04-10", "b", "c")),
            person(
                "l",
                "Christine Lambrecht",
                spell("Defense Minister", "DEU", "2022-02-14", "2022-02-14", "a")),
            person("x", "Someone Undated", spell("Defense Minister", "DEU", null, null, "z")),
            person(
                "s",
                "Olaf Scholz",
                spell("Chancellor", "DEU", "2022-02-14", "2022-02-14", "a"),
                spell("Chancellor", null, "2024-11-30", "2024-11-30", "e")),
            new Entity(
                "n",
                "ORGANIZATION",
                "NATO",
                Set.of("NATO"),
                List.of(spell("Alliance", null, null, null, "a")),
                null,
                Double.NaN,
                Double.NaN,
                1,
                List.of("a")));
    List<Offices.Office> offices = Offices.of(es);
    assertEquals(2, offices.size(), offices.toString());
    Offices.Office defence = offices.get(0);
    assertEquals(List.of("Defense Minister", "DEU"), List.of(defence.role(), defence.of()));
    assertEquals(
        List.of("Christine Lambrecht", "Boris Pistorius", "Someone Undated"),
        defence.holders().stream().map(Offices.Holder::name).toList());
    Offices.Holder scholz = offices.get(1).holders().get(0);
    assertEquals("DEU", offices.get(1).of());
    assertEquals(
        List.of("2022-02-14", "2024-11-30", List.of("a", "e")),
        List.of(scholz.firstSeen(), scholz.lastSeen(), scholz.docs()));

    assertEquals(List.of(defence), Offices.matching(offices, "defense", "Germany"));
    assertEquals(List.of(defence), Offices.matching(offices, "MINISTER", "deu"));
    assertEquals(List.of(), Offices.matching(offices, "minister", "Lithuania"));
    assertEquals(offices, Offices.matching(offices, null, null));
  }
}
