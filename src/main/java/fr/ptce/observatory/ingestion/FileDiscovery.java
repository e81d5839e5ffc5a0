package fr.ptce.observatory.ingestion;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The first step of an import: the files of the inbox registered (each content once, by its SHA-256), with the
 * profile that claims each; a network's files, or one file already known, prepared to be read again when asked.
 */
@Component
public class FileDiscovery {

	private final SourceFiles sourceFiles;

	private final SourceProfiles profiles;

	FileDiscovery(SourceFiles sourceFiles, SourceProfiles profiles) {
		this.sourceFiles = sourceFiles;
		this.profiles = profiles;
	}

	/**
	 * What to discover.
	 *
	 * @param inbox the folder of the networks' files
	 * @param onlyFile one file of the inbox (its name relative to it), read again if already known; {@code null}
	 * for every file
	 * @param network a network whose imported files are read again; {@code null} for none
	 * @param importExecutionId the import that discovers them
	 */
	public record Request(Path inbox, String onlyFile, String network, long importExecutionId) {
	}

	/**
	 * @param found the files of the inbox looked at
	 * @param toRead the files to read: new ones, and known ones prepared to be read again
	 */
	public record Discovered(int found, int toRead) {
	}

	public Discovered discover(Request request) {
		int toRead = 0;
		int found = 0;
		if (request.network() != null) {
			toRead += this.sourceFiles.prepareAgain(this.sourceFiles.importedOfNetwork(request.network()));
		}
		for (Inbox.InboxFile file : new Inbox(request.inbox()).files()) {
			if (request.onlyFile() != null && !request.onlyFile().equals(file.name())) {
				continue;
			}
			found++;
			if (this.sourceFiles.register(file, this.profiles.forFile(file.name()), request.importExecutionId())) {
				toRead++;
			}
			else if (request.onlyFile() != null) {
				toRead += this.sourceFiles.prepareAgain(List.of(this.sourceFiles.idOf(file.sha256()).orElseThrow()));
			}
		}
		return new Discovered(found, toRead);
	}

}
