package id.go.bartim.pelatihan.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of docs/persistence.md that the code can be held to, for both services' ArchitectureTest. The edge of a
 * service is its {@code *Resource} classes (endpoints), {@code *Request}, {@code *Patch} and {@code *View} (bodies in
 * and out) and its {@code *Problems} table; everything else is domain. A store is a class named {@code *Store}.
 */
public final class ArchitectureRules {

    private static final String PLAIN_STATEMENTS = "id.go.bartim.pelatihan.platform.persistence.PlainStatements";

    private static final String AUDITED_READ = "id.go.bartim.pelatihan.platform.audit.AuditedRead";

    private static final DescribedPredicate<JavaClass> EDGE = DescribedPredicate.describe("the edge",
            c -> List.of("Resource", "Request", "Patch", "View", "Problems").stream()
                    .anyMatch(suffix -> c.getSimpleName().endsWith(suffix)
                            || c.getEnclosingClass().map(o -> o.getSimpleName().endsWith(suffix)).orElse(false)));

    private static final DescribedPredicate<JavaClass> STORE = DescribedPredicate.describe("a store",
            c -> c.getSimpleName().endsWith("Store")
                    || c.getEnclosingClass().map(o -> o.getSimpleName().endsWith("Store")).orElse(false));

    private ArchitectureRules() {
    }

    /** The production classes of {@code basePackage} (tests excluded). */
    public static JavaClasses productionClassesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** Domain code knows nothing of HTTP: no JAX-RS, no problem+json type. */
    public static ArchRule domainKnowsNoHttp() {
        return noClasses().that(DescribedPredicate.not(EDGE))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "id.go.bartim.pelatihan.platform.problem.ProblemException")
                .because("refusals are domain types, mapped to problems in the service's *Problems table");
    }

    /** JDBC types appear only in stores, which read rows into records. */
    public static ArchRule jdbcOnlyInStores() {
        return noClasses().that(DescribedPredicate.not(STORE))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("hand-written SQL and its rows live in the aggregate's store (docs/persistence.md)");
    }

    /**
     * Only stores hand SQL to the platform (PlainStatements' query, execute and a round's add; AuditedRead's one);
     * others may open and send a round.
     */
    public static ArchRule sqlOnlyInStores() {
        return noClasses().that(DescribedPredicate.not(STORE))
                .should().callMethodWhere(DescribedPredicate.describe("the platform is given SQL",
                        (JavaMethodCall call) -> call.getTargetOwner().getFullName().startsWith(PLAIN_STATEMENTS)
                                && List.of("query", "execute", "add").contains(call.getName())
                                || call.getTargetOwner().getFullName().equals(AUDITED_READ)
                                && call.getName().equals("one")))
                .because("hand-written SQL lives in the aggregate's store (docs/persistence.md)");
    }

    /** No Hibernate native queries anywhere (JPA's or Hibernate's createNative…): SQL goes through PlainStatements. */
    public static ArchRule noNativeQueries() {
        return noClasses()
                .should().callMethodWhere(DescribedPredicate.describe("a native query",
                        (JavaMethodCall call) -> call.getName().startsWith("createNative")))
                .because("SQL goes through PlainStatements (docs/persistence.md)");
    }

    /** A service takes no connection of its own: only platform does (the audit of reads commits on its own). */
    public static ArchRule noDataSources() {
        return noClasses()
                .should().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .orShould().dependOnClassesThat().resideInAPackage("io.agroal..")
                .because("a service's SQL runs in its transaction, through PlainStatements (docs/persistence.md)");
    }
}
