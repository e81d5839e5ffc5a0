package fr.ptce.observatory.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Without configured accounts, the admin's password is drawn once, kept for its owner's eyes only, and reused. */
class FirstAdminPasswordTest {

	@TempDir
	Path home;

	@Test
	void thePasswordIsDrawnOnceKeptForItsOwnerOnlyAndTheSameAtTheNextStart() throws Exception {
		Path file = this.home.resolve("var/mot-de-passe-admin.txt");

		String first = FirstAdminPassword.readOrCreate(file);
		String second = FirstAdminPassword.readOrCreate(file);

		assertThat(first).matches("[0-9a-f]{24}").isEqualTo(second);
		assertThat(Files.readString(file).strip()).isEqualTo(first);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (var left = Files.list(file.getParent())) {
			assertThat(left).as("no temporary file left beside it").containsExactly(file);
		}
	}

	@Test
	void aDeletedOrEmptiedFileGivesANewPassword() throws Exception {
		Path file = this.home.resolve("mot-de-passe-admin.txt");
		String first = FirstAdminPassword.readOrCreate(file);
		Files.writeString(file, "  \n");

		String second = FirstAdminPassword.readOrCreate(file);

		assertThat(second).matches("[0-9a-f]{24}").isNotEqualTo(first);
	}

}
