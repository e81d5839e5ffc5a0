package fr.ptce.observatory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The modules and their arrows: data flows one way (file → raw row → record → pole → yearly facts → indicators →
 * report), each module uses only those its {@code package-info.java} allows, and no web class holds SQL. The
 * diagram of {@code docs/modules.md} is written from the same modules.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(ObservatoryApplication.class);

	static final Path DIAGRAM = Path.of("docs/modules.md");

	@Test
	void eachModuleUsesOnlyTheModulesItAllowsAndNoArrowRunsBack() {
		MODULES.verify();
	}

	@Test
	void anArrowRunningBackUpIsRefused() {
		// a fixture of two modules where the lower one uses the upper one against its package-info
		ApplicationModules fixture = ApplicationModules.of("modulecheck", location -> true);

		assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify)
			.withMessageContaining("modulecheck.lower.Lower")
			.withMessageContaining("upper");
	}

	@Test
	void noModuleButOperationsUsesOperations() {
		List<String> users = MODULES.stream()
			.filter(module -> !module.getName().equals("operations"))
			.filter(module -> module.getDirectDependencies(MODULES).containsModuleNamed("operations"))
			.map(ApplicationModule::getName)
			.toList();

		assertThat(users).isEmpty();
	}

	@Test
	void noWebClassHoldsSql() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("fr.ptce.observatory.operations.web");

		noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
			.because("pages and the API read through the query classes of the module that owns the data")
			.check(classes);
	}

	@Test
	void theModuleDiagramIsTheOneOfTheCode() throws IOException {
		String diagram = diagram();
		String written = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM, StandardCharsets.UTF_8) : "";
		if (!written.equals(diagram)) {
			Files.createDirectories(DIAGRAM.getParent());
			Files.writeString(DIAGRAM, diagram, StandardCharsets.UTF_8);
		}

		assertThat(written).as("docs/modules.md was out of date: it has just been written again, commit it")
			.isEqualTo(diagram);
	}

	/** The modules and their direct arrows, as a Mermaid flowchart GitHub shows. */
	static String diagram() {
		StringBuilder text = new StringBuilder("""
				# Modules

				Written by `ModulesTest` from the code (Spring Modulith): each arrow is a module using another. Data
				flows one way, from the files received to the report; `operations` runs the jobs and serves the pages
				and API, and no module uses it. Each module says which modules it may use in its `package-info.java`,
				and `./mvnw verify` fails when a class steps outside them.

				```mermaid
				flowchart TD
				""");
		List<ApplicationModule> modules = MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName))
			.toList();
		for (ApplicationModule module : modules) {
			text.append("    ").append(module.getName()).append("[\"").append(module.getDisplayName()).append("\"]\n");
		}
		for (ApplicationModule module : modules) {
			module.getDirectDependencies(MODULES).uniqueModules()
				.map(ApplicationModule::getName)
				.sorted()
				.forEach(used -> text.append("    ").append(module.getName()).append(" --> ").append(used).append('\n'));
		}
		return text.append("```\n").toString();
	}

}
