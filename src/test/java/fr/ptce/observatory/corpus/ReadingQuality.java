package fr.ptce.observatory.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.HeaderDictionary;
import fr.ptce.observatory.ingestion.Layout;
import fr.ptce.observatory.ingestion.NetworkFileReader;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.ingestion.RowKind;
import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.UnreadableFileException;
import fr.ptce.observatory.normalisation.PoleRecord;
import fr.ptce.observatory.normalisation.PoleRecordNormaliser;
import fr.ptce.observatory.normalisation.RecordOutcome;
import fr.ptce.observatory.normalisation.ValueTypes;

/**
 * Reads a corpus the way the nightly import does, with no source profile, and scores it against its truth: the
 * files' verdicts, the columns' fields, the pole rows kept, the placeholder rows refused, the member rows read.
 * The mistakes are listed, to be looked at on the in-sample corpus only.
 */
final class ReadingQuality {

	private final HeaderDictionary dictionary = HeaderDictionary.standard().withContent(ValueTypes.standard());

	private final PoleRecordNormaliser normaliser = PoleRecordNormaliser.standard();

	int files;

	int rightVerdicts;

	int columns;

	int rightColumns;

	int poleRows;

	int poleRowsLost;

	int placeholders;

	int placeholdersRefused;

	int polesRefused;

	int memberRows;

	int memberRowsRead;

	final List<String> mistakes = new ArrayList<>();

	static ReadingQuality of(Path dir, Corpus corpus) {
		ReadingQuality quality = new ReadingQuality();
		corpus.files().forEach(file -> quality.score(dir.resolve(file.fileName()), file));
		return quality;
	}

	private void score(Path path, FileTruth truth) {
		this.files++;
		long truthPoles = truth.rows().stream().filter(row -> row.kind() != RowTruth.RowKind.PLACEHOLDER).count();
		this.poleRows += (int) truthPoles;
		this.placeholders += (int) truth.count(RowTruth.RowKind.PLACEHOLDER);
		this.memberRows += truth.memberRows();
		this.columns += truth.columns().size() + truth.memberColumns().size();
		try (NetworkFileReader reader = NetworkFileReader.open(path, this.dictionary, SourceProfile.NONE)) {
			if (truth.expected() == FileTruth.Expected.SUMMARY) {
				this.mistakes.add(truth.fileName() + " : synthèse lue comme une liste (" + reader.layout().sheet() + ")");
				return;
			}
			Layout layout = reader.layout();
			boolean placed = layout.headerRow() == truth.headerRow()
					&& (truth.poleSheet() == null || truth.poleSheet().equals(layout.sheet()));
			if (placed) {
				this.rightVerdicts++;
			}
			else {
				this.mistakes.add(truth.fileName() + " : pôles cherchés en « " + layout.sheet() + " » ligne "
						+ layout.headerRow() + ", attendus en « " + truth.poleSheet() + " » ligne " + truth.headerRow());
			}
			scoreColumns(truth.fileName(), truth.columns(), layout);
			reader.memberLayout().ifPresent(members -> scoreColumns(truth.fileName(), truth.memberColumns(), members));
			if (truth.memberRows() > 0 && reader.memberLayout().isEmpty()) {
				this.mistakes.add(truth.fileName() + " : feuille des membres « " + truth.memberSheet() + " » non trouvée");
			}
			Map<Integer, PoleRecord> records = new HashMap<>();
			RawRow row;
			while ((row = reader.read()) != null) {
				if (row.kind() == RowKind.MEMBER) {
					this.memberRowsRead += row.isBlank() ? 0 : 1;
				}
				else if (!row.isBlank()) {
					records.put(row.rowNumber(), this.normaliser.normalise(row, layout.fieldsByHeader(), 2025,
							SourceProfile.NONE));
				}
			}
			scoreRows(truth, records);
		}
		catch (UnreadableFileException ex) {
			if (truth.expected() == FileTruth.Expected.SUMMARY && ex.getMessage().contains("synthèse")) {
				this.rightVerdicts++;
			}
			else {
				this.poleRowsLost += (int) truthPoles;
				this.mistakes.add(truth.fileName() + " : refusé (" + ex.getMessage() + ")");
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(truth.fileName(), ex);
		}
	}

	private void scoreColumns(String fileName, Map<String, Field> truth, Layout layout) {
		Map<String, Field> read = new HashMap<>();
		layout.columns().forEach(column -> read.putIfAbsent(column.header(), column.field()));
		truth.forEach((header, field) -> {
			Field found = read.get(header);
			if (Objects.equals(found, field)) {
				this.rightColumns++;
			}
			else {
				String evidence = layout.columns().stream().filter(column -> column.header().equals(header))
					.map(Layout.Column::evidence).filter(Objects::nonNull).findFirst().orElse("");
				this.mistakes.add(fileName + " : colonne « " + header.replace('\n', ' ') + " » lue " + found
						+ ", attendue " + field + " " + evidence);
			}
		});
	}

	private void scoreRows(FileTruth truth, Map<Integer, PoleRecord> records) {
		for (RowTruth row : truth.rows()) {
			PoleRecord record = records.get(row.rowNumber());
			boolean kept = record != null && record.outcome() == RecordOutcome.NORMALISED;
			if (row.kind() == RowTruth.RowKind.PLACEHOLDER) {
				if (!kept) {
					this.placeholdersRefused++;
				}
				else {
					this.mistakes.add(truth.fileName() + " ligne " + row.rowNumber() + " : « " + row.name()
							+ " » pris pour un pôle");
				}
			}
			else if (!kept) {
				this.poleRowsLost++;
				this.polesRefused += (record != null) ? 1 : 0;
				this.mistakes.add(truth.fileName() + " ligne " + row.rowNumber() + " : pôle « " + row.name() + " » "
						+ ((record == null) ? "non lu" : "écarté (" + record.reason() + ")"));
			}
		}
	}

	double columnShare() {
		return (double) this.rightColumns / this.columns;
	}

	double placeholderRecall() {
		return (double) this.placeholdersRefused / this.placeholders;
	}

	double placeholderPrecision() {
		int refused = this.placeholdersRefused + this.polesRefused;
		return (refused == 0) ? 1.0 : (double) this.placeholdersRefused / refused;
	}

}
