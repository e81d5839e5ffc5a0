package fr.ptce.observatory.operations;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Without configured accounts, the admin's password is drawn once, kept for its owner's eyes only, and reused. */
class FirstAdminPasswordTest {

	static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

	@TempDir
	Path home;

	@Test
	void thePasswordIsDrawnOnceKeptForItsOwnerOnlyAndTheSameAtTheNextStart() throws Exception {
		Path file = this.home.resolve("var/mot-de-passe-admin.txt");

		ByteArrayOutputStream firstStart = new ByteArrayOutputStream();
		ByteArrayOutputStream nextStart = new ByteArrayOutputStream();
		String first = FirstAdminPassword.readOrCreate(file, new PrintStream(firstStart, true, StandardCharsets.UTF_8));
		String second = FirstAdminPassword.readOrCreate(file, new PrintStream(nextStart, true, StandardCharsets.UTF_8));

		assertThat(first).matches("[0-9a-f]{24}").isEqualTo(second);
		// shown once, in a banner, by the start that drew it; never again
		assertThat(firstStart.toString(StandardCharsets.UTF_8)).contains("Mot de passe : " + first,
				file.toAbsolutePath().toString(), "compte « admin »");
		assertThat(nextStart.size()).isZero();
		assertThat(Files.readString(file).strip()).isEqualTo(first);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		try (var left = Files.list(file.getParent())) {
			assertThat(left).as("no temporary file left beside it").containsExactly(file);
		}
	}

	@Test
	void aDeletedOrEmptiedFileGivesANewPassword() throws Exception {
		Path file = this.home.resolve("mot-de-passe-admin.txt");
		String first = FirstAdminPassword.readOrCreate(file, QUIET);
		Files.writeString(file, "  \n");

		String second = FirstAdminPassword.readOrCreate(file, QUIET);

		assertThat(second).matches("[0-9a-f]{24}").isNotEqualTo(first);
	}

}
