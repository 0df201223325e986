package org.sitrep.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked on the compiled product classes: dependencies point inward
 * (model <- pipeline <- stages <- resolve <- store <- query <- cli, server), and no per-document
 * stage touches storage, the network or a cluster.
 */
class ArchitectureTest {
  static JavaClasses product;

  @BeforeAll
  static void load() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sitrep");
  }

  private static final String[] INFRASTRUCTURE = {
    "org.apache.lucene..",
    "org.sqlite..",
    "java.sql..",
    "io.javalin..",
    "org.eclipse.jetty..",
    "jakarta.servlet..",
    "org.apache.spark..",
    "org.apache.hadoop..",
    "java.net.http.."
  };

  @Test
  void stagesNeverTouchStorageTheNetworkOrACluster() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sitrep.annotate..", "org.sitrep.pipeline..", "org.sitrep.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(INFRASTRUCTURE)
        .because("a stage is plain computation over one document (DESIGN.md)")
        .check(product);
  }

  @Test
  void stagesNeverReachOutward() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sitrep.annotate..", "org.sitrep.pipeline..", "org.sitrep.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sitrep.resolve..",
            "org.sitrep.store..",
            "org.sitrep.server..",
            "org.sitrep.cli..",
            "org.sitrep.bench..")
        .because("dependencies point inward: stages know nothing of what reads their output")
        .check(product);
  }

  @Test
  void theModelDependsOnNothingOfTheProduct() {
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sitrep.pipeline..",
            "org.sitrep.annotate..",
            "org.sitrep.source..",
            "org.sitrep.clean..",
            "org.sitrep.json..")
        .check(product);
  }

  @Test
  void resolutionAndStorageNeverReachTheFrontEnds() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sitrep.resolve..", "org.sitrep.store..", "org.sitrep.source..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.server..", "org.sitrep.cli..", "org.sitrep.bench..")
        .check(product);
  }

  @Test
  void resolutionNeverTouchesStorageOrTheNetwork() {
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.resolve..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(INFRASTRUCTURE)
        .check(product);
  }

  /**
   * The front-end classes that genuinely work on the store itself rather than ask it questions,
   * each with why.
   */
  static final Map<String, String> STORE_LEVEL =
      Map.ofEntries(
          Map.entry(
              "org.sitrep.cli.IngestCommand", "writes articles into the store and resolves them"),
          Map.entry(
              "org.sitrep.cli.ResolveCommand", "rebuilds the stored resolution from every article"),
          Map.entry(
              "org.sitrep.cli.Ingestion",
              "stores annotated articles and brings the picture up to date"),
          Map.entry(
              "org.sitrep.cli.WatchCommand",
              "writes fetched articles and the fetch state into the store"),
          Map.entry("org.sitrep.cli.TokenCommand", "manages the API tokens kept beside the store"),
          Map.entry("org.sitrep.cli.TopicCommand", "adds and removes the topics kept in the store"),
          Map.entry(
              "org.sitrep.cli.WebhookOptions", "registers a webhook and delivers from its outbox"),
          Map.entry(
              "org.sitrep.server.TopicRoutes",
              "adds and removes topics in the store the server owns"),
          Map.entry(
              "org.sitrep.cli.DataOptions", "opens the data directory, for queries or for writing"),
          Map.entry("org.sitrep.server.ServeCommand", "opens the store the server then owns"),
          Map.entry(
              "org.sitrep.server.SitrepServer",
              "owns the store and its tokens for the server's life"),
          Map.entry(
              "org.sitrep.server.Ingest",
              "writes posted articles into the store and resolves them"),
          Map.entry("org.sitrep.server.Guard", "checks request tokens against the stored ones"),
          Map.entry(
              "org.sitrep.server.WarmUp",
              "rehearses storing and resolution at start-up in a scratch store of its own"),
          Map.entry(
              "org.sitrep.cli.Report",
              "prints what an ingest or a resolve has just added to the stored picture"));

  /**
   * The store's value types: what a question is (a search, filters, a page), how it answers (hits,
   * summaries, what a put stored) or fails; not a way in.
   */
  static final Set<String> STORE_VALUES =
      Set.of(
          "org.sitrep.store.SearchQuery",
          "org.sitrep.store.Resolution",
          "org.sitrep.store.Resolution$Changed",
          "org.sitrep.store.Filters",
          "org.sitrep.store.Page",
          "org.sitrep.store.ListQuery",
          "org.sitrep.store.SearchResult",
          "org.sitrep.store.SearchResult$Hit",
          "org.sitrep.store.SearchResult$FacetCount",
          "org.sitrep.store.DocSummary",
          "org.sitrep.store.ArticleRef",
          "org.sitrep.store.Ingested",
          "org.sitrep.store.BadQueryException",
          "org.sitrep.store.StoreException",
          "org.sitrep.store.Topic",
          "org.sitrep.store.Alert",
          "org.sitrep.store.Alert$Evidence");

  @Test
  void frontEndsReachTheStoreOnlyThroughQueries() {
    DescribedPredicate<JavaClass> storeLevel =
        DescribedPredicate.describe(
            "work on the store itself " + STORE_LEVEL.keySet(),
            c -> STORE_LEVEL.containsKey(c.getName().replaceAll("\\$.*", "")));
    DescribedPredicate<JavaClass> storeAccess =
        DescribedPredicate.describe(
            "are the store's access classes (anything in store but its value types)",
            c ->
                c.getPackageName().startsWith("org.sitrep.store")
                    && !STORE_VALUES.contains(c.getName()));
    noClasses()
        .that()
        .resideInAnyPackage("org.sitrep.cli..", "org.sitrep.server..")
        .and(DescribedPredicate.not(storeLevel))
        .should()
        .dependOnClassesThat(storeAccess)
        .because(
            "the CLI and the server answer questions through org.sitrep.query, so they cannot"
                + " answer the same question differently")
        .check(product);
  }

  @Test
  void queriesNeverReachTheFrontEnds() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sitrep.query..", "org.sitrep.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.server..", "org.sitrep.cli..", "org.sitrep.bench..")
        .check(product);
  }

  @Test
  void theProductNeitherHoldsNorCallsTheBenchmarks() {
    noClasses()
        .should()
        .resideInAPackage("org.sitrep.bench..")
        .because("the benchmarks are a module of their own (bench/), not shipped with the product")
        .check(product);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sitrep.bench..")
        .because("the product runs without the bench module on its classpath")
        .check(product);
  }
}
