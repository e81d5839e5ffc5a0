package fr.ptce.observatory.operations;

import java.io.IOException;
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
 * a file that only its owner can read, so that it stays the same from one start to the next and never goes
 * into the log. Deleting the file draws a new one at the next start.
 */
final class FirstAdminPassword {

	private FirstAdminPassword() {
	}

	/** The password kept in {@code file}, drawn and written there first if the file is missing or empty. */
	static String readOrCreate(Path file) {
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
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Mot de passe du compte « admin » illisible ou impossible à écrire dans "
					+ file + " : " + ex.getMessage(), ex);
		}
	}

}
