package org.sitrep.annotate.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Annotated;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Status;

/**
 * The Germany / troops / Lithuania story in the five example articles (examples/, see its README):
 * the deploy and station events must be found with actor DEU and destination or place LTU, with the
 * status the article gives them. The raw files are used as bodies (cleaning is another stage's
 * job). Countries, quantities and times come from {@link StandInLayers} until the places,
 * quantities and time stages merge.
 */
class EventSamplesTest {
  private static final Map<String, Annotated> DOCS = new HashMap<>();

  @BeforeAll
  static void annotate() throws IOException {
    try (var files = Files.list(Path.of("examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        DOCS.put(
            p.getFileName().toString().substring(0, 3),
            new EventStage().apply(StandInLayers.full(Files.readString(p))));
      }
    }
  }

  private static void assertHas(String doc, String what, Predicate<Event> test) {
    List<Event> events = DOCS.get(doc).events();
    assertTrue(events.stream().anyMatch(test), () -> doc + ": no " + what + " in " + events);
  }

  private static Predicate<Event> germanyToLithuania(String type) {
    return e ->
        e.type().equals(type)
            && "DEU".equals(e.actor())
            && ("LTU".equals(e.target()) || "LTU".equals(e.location()));
  }

  private static double quantity(String doc, Event e) {
    return e.quantityIndex() < 0
        ? Double.NaN
        : DOCS.get(doc).quantities().get(e.quantityIndex()).value();
  }

  @Test
  void lambrechtSendsUpTo350AndGermanyHas500Stationed() {
    assertHas(
        "000",
        "planned deploy of 350",
        germanyToLithuania("deploy")
            .and(e -> e.status() == Status.PLANNED && quantity("000", e) == 350));
    assertHas(
        "000",
        "reported station of 500",
        germanyToLithuania("station")
            .and(e -> e.status() == Status.REPORTED && quantity("000", e) == 500));
  }

  @Test
  void pistoriusOffers4000AndABrigade() {
    assertHas(
        "001",
        "pledged deploy of 4,000",
        germanyToLithuania("deploy")
            .and(e -> e.status() == Status.PLEDGED && quantity("001", e) == 4000));
    assertHas(
        "001",
        "pledged station",
        germanyToLithuania("station").and(e -> e.status() == Status.PLEDGED));
  }

  @Test
  void deploymentBegunAndForceToGrowTo4800By2027() {
    assertHas(
        "002",
        "reported deploy",
        germanyToLithuania("deploy").and(e -> e.status() == Status.REPORTED));
    assertHas(
        "002",
        "planned growth to 4,800",
        germanyToLithuania("reinforce")
            .and(
                e ->
                    e.status() == Status.PLANNED
                        && quantity("002", e) == 4800
                        && "2027".equals(e.time())));
    assertHas(
        "002",
        "signing in Lithuania",
        e ->
            e.type().equals("sign")
                && "Boris Pistorius".equals(e.actor())
                && "LTU".equals(e.location()));
  }

  @Test
  void germanyIsDeployingTroopsToLithuania() {
    assertHas("003", "deploy", germanyToLithuania("deploy"));
  }

  @Test
  void scholzConfirmsTheBrigadeInLithuania() {
    assertHas(
        "004",
        "station in Lithuania",
        e -> e.type().equals("station") && "LTU".equals(e.location()));
    assertHas(
        "004",
        "Rutte's visit to Germany",
        e ->
            e.type().equals("visit") && "Mark Rutte".equals(e.actor()) && "DEU".equals(e.target()));
  }
}
