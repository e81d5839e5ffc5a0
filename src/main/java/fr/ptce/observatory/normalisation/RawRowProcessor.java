package fr.ptce.observatory.normalisation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.FileColumns;
import fr.ptce.observatory.ingestion.RowKind;
import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.ingestion.StoredRawRow;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Normalises stored raw rows, of poles or of members, with what their sheet's header means and their
 * network's source profile. Rows are processed on several threads at once: what is shared is read-only, or
 * (the fields of each sheet) a concurrent map.
 */
public class RawRowProcessor implements ItemProcessor<StoredRawRow, NormalisedRow> {

	private final FileColumns columns;

	private final SourceProfiles profiles;

	private final PoleRecordNormaliser poles;

	private final MemberRecordNormaliser members;

	private final Map<String, Map<String, Field>> fieldsBySheet = new ConcurrentHashMap<>();

	public RawRowProcessor(FileColumns columns, SourceProfiles profiles, PoleRecordNormaliser poles,
			MemberRecordNormaliser members) {
		this.columns = columns;
		this.profiles = profiles;
		this.poles = poles;
		this.members = members;
	}

	@Override
	public NormalisedRow process(StoredRawRow stored) {
		RowKind kind = stored.row().kind();
		Map<String, Field> fields = this.fieldsBySheet.computeIfAbsent(stored.fileId() + "/" + kind,
				key -> this.columns.fieldsByHeader(stored.fileId(), kind));
		SourceProfile profile = this.profiles.named(stored.profile());
		if (kind == RowKind.MEMBER) {
			return NormalisedRow.ofMember(stored.id(), stored.fileId(),
					this.members.normalise(stored.row(), fields, profile));
		}
		return NormalisedRow.ofPole(stored.id(), stored.fileId(),
				this.poles.normalise(stored.row(), fields, stored.observationYear(), profile));
	}

}
