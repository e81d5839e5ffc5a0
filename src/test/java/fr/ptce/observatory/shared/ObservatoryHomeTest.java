package fr.ptce.observatory.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ObservatoryHomeTest {

	@Test
	void theProjectFolderIsTheHomeOfAJarOrClassesInItsBuildFolder(@TempDir Path project) throws Exception {
		Files.writeString(project.resolve("pom.xml"), "<project/>");
		Files.createDirectories(project.resolve("target/classes"));

		assertThat(ObservatoryHome.find(project.resolve("target"))).isEqualTo(project);
		assertThat(ObservatoryHome.find(project.resolve("target/classes"))).isEqualTo(project);
	}

	@Test
	void aJarInstalledElsewhereHasItsOwnFolderAsHome(@TempDir Path installed) {
		assertThat(ObservatoryHome.find(installed.resolve("opt/observatoire"))).isEqualTo(installed.resolve("opt/observatoire"));
		assertThat(ObservatoryHome.find(installed.resolve("target"))).as("a folder named target outside a project")
			.isEqualTo(installed.resolve("target"));
		assertThat(ObservatoryHome.find(installed.resolve("app/BOOT-INF/classes"))).isEqualTo(installed.resolve("app"));
		assertThat(ObservatoryHome.find(installed.resolve("classes"))).isEqualTo(installed.resolve("classes"));
	}

	@Test
	void relativePathsResolveAgainstTheHomeAndAbsoluteOnesStay() {
		assertThat(ObservatoryHome.resolve(Path.of("jobs"))).isEqualTo(ObservatoryHome.get().resolve("jobs"));
		assertThat(ObservatoryHome.resolve(Path.of("/srv/ptce/jobs"))).isEqualTo(Path.of("/srv/ptce/jobs"));
		assertThat(ObservatoryHome.get().resolve("pom.xml")).as("tests run from the project's build folder").exists();
	}

}
