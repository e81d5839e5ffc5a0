package fr.ptce.observatory.operations;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import fr.ptce.observatory.ingestion.FileColumns;
import fr.ptce.observatory.ingestion.SourceFiles;
import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.shared.NotFoundException;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The profiles the observatory proposes for files no profile claims, and their acceptance: an analyst's profile
 * is saved in {@code jobs/sources/}, applied at once, and the file is read again with it.
 */
@Service
public class ProposedProfiles {

	private final SourceFiles sourceFiles;

	private final FileColumns columns;

	private final SourceProfiles profiles;

	private final Runs runs;

	private final ObservatoryProperties properties;

	private final JdbcTemplate jdbc;

	ProposedProfiles(SourceFiles sourceFiles, FileColumns columns, SourceProfiles profiles, Runs runs, ObservatoryProperties properties,
			JdbcTemplate jdbc) {
		this.sourceFiles = sourceFiles;
		this.columns = columns;
		this.profiles = profiles;
		this.runs = runs;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/** The profile proposed for a file that was read, in YAML; empty for an unknown or unread file. */
	public Optional<String> proposal(long fileId) {
		return this.columns.proposedProfile(fileId);
	}

	/** A name for the profile of a file: its inbox folder, else its name, as letters, digits and dashes. */
	public String suggestedName(long fileId) {
		String name = fileName(fileId);
		String base = (name.indexOf('/') > 0) ? name.substring(0, name.indexOf('/'))
				: name.replaceFirst("\\.[^.]*$", "");
		String slug = java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		return slug.isEmpty() ? "reseau" : slug;
	}

	/**
	 * Saves the analyst's profile for a file and starts the import that reads the file again with it.
	 *
	 * @return the import's execution id
	 */
	public long accept(long fileId, String name, String yaml) {
		String fileName = fileName(fileId);
		Path location = Path.of(this.jdbc.queryForObject("select location from source_file where id = ?", String.class,
				fileId));
		// the folder the file was received in (the inbox, the samples, a one-shot run's folder)
		Path root = location;
		for (int depth = 0; depth < fileName.split("/").length && root != null; depth++) {
			root = root.getParent();
		}
		List<String> othersFiles = this.jdbc.queryForList(
				"select name from source_file where profile is not null and id <> ?", String.class, fileId);
		return this.runs.startImport(new Runs.ImportRequest((root != null) ? root : this.properties.inbox(), fileName,
				null), () -> {
					SourceProfile profile = this.profiles.add(name, yaml, fileName, othersFiles);
					this.sourceFiles.assignProfile(fileId, profile);
				});
	}

	private String fileName(long fileId) {
		return this.jdbc.queryForList("select name from source_file where id = ?", String.class, fileId).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Fichier " + fileId + " inconnu."));
	}

}
