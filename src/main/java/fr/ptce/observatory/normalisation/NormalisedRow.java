package fr.ptce.observatory.normalisation;

/**
 * The normalised record of one stored raw row: a pole record, or a member record for a row of a sheet of
 * members (the other is {@code null}).
 */
public record NormalisedRow(long rawRowId, long fileId, PoleRecord pole, MemberRecord member) {

	public static NormalisedRow ofPole(long rawRowId, long fileId, PoleRecord pole) {
		return new NormalisedRow(rawRowId, fileId, pole, null);
	}

	public static NormalisedRow ofMember(long rawRowId, long fileId, MemberRecord member) {
		return new NormalisedRow(rawRowId, fileId, null, member);
	}

}
