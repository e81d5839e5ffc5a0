package fr.ptce.observatory.normalisation;

import java.util.HashMap;
import java.util.Map;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.SourceFiles;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.ingestion.StoredRawRow;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Normalises stored raw rows with what their file's header means and their network's source profile.
 */
public class RawRowProcessor implements ItemProcessor<StoredRawRow, NormalisedRow> {

	private final SourceFiles sourceFiles;

	private final SourceProfiles profiles;

	private final PoleRecordNormaliser normaliser;

	private final Map<Long, Map<String, Field>> fieldsByFile = new HashMap<>();

	public RawRowProcessor(SourceFiles sourceFiles, SourceProfiles profiles, PoleRecordNormaliser normaliser) {
		this.sourceFiles = sourceFiles;
		this.profiles = profiles;
		this.normaliser = normaliser;
	}

	@Override
	public NormalisedRow process(StoredRawRow stored) {
		Map<String, Field> fields = this.fieldsByFile.computeIfAbsent(stored.fileId(), this.sourceFiles::fieldsByHeader);
		PoleRecord record = this.normaliser.normalise(stored.row(), fields, stored.observationYear(),
				this.profiles.named(stored.profile()));
		return new NormalisedRow(stored.id(), stored.fileId(), record);
	}

}
