package fr.ptce.observatory.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The password of the {@code admin} account made when no account is configured: drawn once at random and kept in
 * a file that only its owner can read, so that it stays the same from one start to the next. The start that
 * draws it shows it once in a banner when it runs at a terminal (standard error), never in the log; later starts,
 * and starts without a terminal (systemd, Docker), only say where the file is. Deleting the file draws a new one at the next start.
 */
final class FirstAdminPassword {

	private FirstAdminPassword() {
	}

	/**
	 * The password kept in {@code file}, drawn and written there first if the file is missing or empty; a drawn
	 * password is shown in a banner on {@code console}.
	 */
	static String readOrCreate(Path file, PrintStream console) {
		try {
			if (Files.isRegularFile(file)) {
				String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (!kept.isEmpty()) {
					return kept;
				}
			}
			byte[] bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			String password = HexFormat.of().formatHex(bytes);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path written = Files.createTempFile(file.toAbsolutePath().getParent(), ".admin", ".tmp");
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
			}
			Files.writeString(written, password + System.lineSeparator(), StandardCharsets.UTF_8);
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			console.println(banner(password, file));
			console.flush();
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Mot de passe du compte « admin » illisible ou impossible à écrire dans "
					+ file + " : " + ex.getMessage(), ex);
		}
	}

	static String banner(String password, Path file) {
		String rule = "=".repeat(78);
		return String.join(System.lineSeparator(), rule,
				"  Premier démarrage : aucun compte n'est configuré, le compte « admin » est créé.",
				"  Mot de passe : " + password,
				"  Il est gardé dans " + file.toAbsolutePath() + " (lisible par son seul propriétaire)",
				"  et reste le même à chaque démarrage, jusqu'à ce que des comptes soient configurés",
				"  (observatory.security.users, voir le README). Il n'est affiché qu'ici, une fois.", rule);
	}

}
