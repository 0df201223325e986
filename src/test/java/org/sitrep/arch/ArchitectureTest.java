package org.sitrep.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked on the compiled product classes: dependencies point inward
 * (model <- pipeline <- stages <- resolve <- store <- cli, server), and no per-document stage
 * touches storage, the network or a cluster.
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
}
