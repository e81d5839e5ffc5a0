package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder networks drop their files in. Temporary files of office suites and hidden files are not
 * network files.
 */
public final class Inbox {

	/** A file found in the inbox. */
	public record InboxFile(Path path, String name, long size, String sha256) {
	}

	private final Path root;

	public Inbox(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	/** The inbox's files, sorted by their path relative to it. */
	public List<InboxFile> files() {
		if (!Files.isDirectory(this.root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(this.root)) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> !isNoise(path))
				.sorted()
				.map(this::describe)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isNoise(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(".") || name.startsWith("~$") || name.startsWith(".~lock") || name.endsWith(".md");
	}

	private InboxFile describe(Path path) {
		try {
			String relative = this.root.relativize(path).toString().replace('\\', '/');
			return new InboxFile(path, relative, Files.size(path), sha256(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
