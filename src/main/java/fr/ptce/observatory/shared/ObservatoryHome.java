package fr.ptce.observatory.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.system.ApplicationHome;

/**
 * The folder relative {@code observatory.*} paths ({@code jobs}, {@code var/…}, {@code input-samples}) are resolved
 * against, whatever the working directory: the project folder when the application runs from its build folder
 * ({@code target/} or {@code target/classes}), else the folder of the jar.
 */
public final class ObservatoryHome {

	private static final Path HOME = find(new ApplicationHome(ObservatoryHome.class).getDir().toPath());

	private ObservatoryHome() {
	}

	/** The application's home folder. */
	public static Path get() {
		return HOME;
	}

	/** A configured path: as it is when absolute, else against the application's home. */
	public static Path resolve(Path path) {
		return (path == null || path.isAbsolute()) ? path : HOME.resolve(path).normalize();
	}

	static Path find(Path codeDir) {
		Path dir = codeDir.toAbsolutePath().normalize();
		if (dir.endsWith(Path.of("BOOT-INF", "classes"))) {
			// an unpacked jar: its home is the folder it was unpacked in
			return dir.getParent().getParent();
		}
		if (dir.getFileName() != null && dir.getParent() != null && dir.getParent().getFileName() != null
				&& dir.getParent().getFileName().toString().equals("target")
				&& (dir.getFileName().toString().equals("classes") || dir.getFileName().toString().equals("test-classes"))) {
			dir = dir.getParent();
		}
		if (dir.getFileName() != null && dir.getFileName().toString().equals("target") && dir.getParent() != null
				&& Files.exists(dir.getParent().resolve("pom.xml"))) {
			return dir.getParent();
		}
		return dir;
	}

}
