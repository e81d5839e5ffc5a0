package fr.ptce.observatory.normalisation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.ptce.observatory.ingestion.HeaderDictionary;
import fr.ptce.observatory.ingestion.NetworkFileReader;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.ingestion.RowKind;
import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.UnreadableFileException;
import fr.ptce.observatory.shared.French;

import org.springframework.stereotype.Component;

/**
 * A file read and checked in memory, as the import would read and normalise it, without writing anything and
 * without the import's lock: what a network is told at once when an import is under way. The verdict that counts
 * is still the import's (resolution and the file's place among the others come with it).
 */
@Component
public class FilePreview {

	/** How many rows set aside are named, at most. */
	static final int NAMED = 5;

	private final HeaderDictionary dictionary;

	private final PoleRecordNormaliser poles;

	private final MemberRecordNormaliser members;

	FilePreview(HeaderDictionary dictionary, PoleRecordNormaliser poles, MemberRecordNormaliser members) {
		this.dictionary = dictionary;
		this.poles = poles;
		this.members = members;
	}

	/** What the file holds, in French: its rows of poles and members, and the first rows set aside with why. */
	public String verdict(Path file, SourceProfile profile, int observationYear) {
		try (NetworkFileReader reader = NetworkFileReader.open(file, this.dictionary, profile)) {
			int poleRows = 0;
			int memberRows = 0;
			int ignored = 0;
			List<String> setAside = new ArrayList<>();
			int setAsideCount = 0;
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				RecordOutcome outcome;
				String reason;
				if (row.kind() == RowKind.MEMBER) {
					MemberRecord member = this.members.normalise(row,
							reader.memberLayout().orElseThrow().fieldsByHeader(), profile);
					outcome = member.outcome();
					reason = member.reason();
				}
				else {
					PoleRecord pole = this.poles.normalise(row, reader.layout().fieldsByHeader(), observationYear,
							profile);
					outcome = pole.outcome();
					reason = pole.reason();
				}
				if (outcome == RecordOutcome.IGNORED) {
					ignored++;
					continue;
				}
				if (row.kind() == RowKind.MEMBER) {
					memberRows++;
				}
				else {
					poleRows++;
				}
				if (outcome == RecordOutcome.QUARANTINED) {
					setAsideCount++;
					if (setAside.size() < NAMED) {
						setAside.add("feuille « " + row.sheet() + " », ligne " + row.rowNumber() + " : " + reason);
					}
				}
			}
			StringBuilder text = new StringBuilder("Lu à l'instant : ")
				.append(French.count(poleRows, "ligne de pôle", "lignes de pôles"));
			if (memberRows > 0) {
				text.append(", ").append(French.count(memberRows, "ligne de membre", "lignes de membres"));
			}
			if (ignored > 0) {
				text.append(" (").append(French.count(ignored, "ligne vide ou de total ignorée",
						"lignes vides ou de total ignorées")).append(')');
			}
			text.append(setAsideCount == 0 ? " ; aucune à corriger."
					: " ; " + French.count(setAsideCount, "à corriger", "à corriger") + " : "
							+ String.join(" ; ", setAside) + ((setAsideCount > setAside.size()) ? " ; …" : "") + ".");
			return text.toString();
		}
		catch (UnreadableFileException ex) {
			return "Fichier illisible en l'état : " + ex.getMessage();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
