package fr.ptce.observatory.normalisation;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.SourceFiles;
import fr.ptce.observatory.ingestion.StoredRawRow;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Normalises stored raw rows with what their file's header means. The observation year of a row is its
 * own column, else a year in its file's name, else the year the file was received.
 */
public class RawRowProcessor implements ItemProcessor<StoredRawRow, NormalisedRow> {

	private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

	private final SourceFiles sourceFiles;

	private final PoleRecordNormaliser normaliser;

	private final Map<Long, Map<String, Field>> fieldsByFile = new HashMap<>();

	public RawRowProcessor(SourceFiles sourceFiles, PoleRecordNormaliser normaliser) {
		this.sourceFiles = sourceFiles;
		this.normaliser = normaliser;
	}

	@Override
	public NormalisedRow process(StoredRawRow stored) {
		Map<String, Field> fields = this.fieldsByFile.computeIfAbsent(stored.fileId(), this.sourceFiles::fieldsByHeader);
		PoleRecord record = this.normaliser.normalise(stored.row(), fields, defaultObservationYear(stored));
		return new NormalisedRow(stored.id(), stored.fileId(), record);
	}

	static int defaultObservationYear(StoredRawRow stored) {
		Matcher matcher = YEAR_IN_NAME.matcher(stored.fileName());
		int year = -1;
		while (matcher.find()) {
			year = Integer.parseInt(matcher.group(1));
		}
		return (year > 0) ? year : stored.receivedAt().getYear();
	}

}
