package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a record compares with a pole: the level and weight of each field, and their sum.
 *
 * @param total the sum of the weights (log2 of the likelihood ratio)
 * @param fields each field's comparison, in the order of {@link Comparison}
 */
public record Score(double total, List<FieldScore> fields) {

	/** The levels that say « the same organisation » (a place or shared members say where, not which). */
	private static final Map<String, Set<MatchLevel>> IDENTITY = Map.of(Comparison.NAME.key(),
			Set.of(MatchLevel.IDENTICAL, MatchLevel.CLOSE, MatchLevel.PARTIAL), Comparison.ACRONYM.key(),
			Set.of(MatchLevel.IDENTICAL, MatchLevel.INITIALS), Comparison.SIREN.key(), Set.of(MatchLevel.IDENTICAL),
			Comparison.CARRIER.key(), Set.of(MatchLevel.IDENTICAL), Comparison.DOMAIN.key(), Set.of(MatchLevel.IDENTICAL));

	/**
	 * Whether some evidence of identity agrees: the name, the acronym, the SIREN, the carrier or the web domain.
	 * Two poles whose only agreement is their commune (and members, whom neighbours share) are look-alikes of one
	 * place, not a question worth an analyst's time.
	 */
	public boolean identityAgrees() {
		return agrees(true);
	}

	/**
	 * Whether some evidence of the pole's own identity agrees, enough to merge: as {@link #identityAgrees()}, but where
	 * the names differ, or share only places and generic words, neither the carrier nor a web domain counts: one
	 * structure carries several poles of a territory, who share its members and write its e-mail domain (« Accès aux
	 * droits du Pays de Marpent », « Maison des transitions Les Herbes Folles »), with or without its name beside
	 * theirs. Such a pair goes to review.
	 */
	public boolean identityAgreesToMerge() {
		MatchLevel name = levelOf(Comparison.NAME);
		return agrees(name != MatchLevel.DIFFERENT && name != MatchLevel.PLACE_ONLY);
	}

	/** Whether a field of {@link #IDENTITY} agrees; the carrier and the web domain only if {@code carriersCount}. */
	private boolean agrees(boolean carriersCount) {
		for (FieldScore field : this.fields) {
			boolean carriers = field.field().equals(Comparison.CARRIER.key())
					|| field.field().equals(Comparison.DOMAIN.key());
			if ((carriersCount || !carriers) && IDENTITY.getOrDefault(field.field(), Set.of()).contains(field.level())) {
				return true;
			}
		}
		return false;
	}

	private MatchLevel levelOf(Comparison comparison) {
		for (FieldScore field : this.fields) {
			if (field.field().equals(comparison.key())) {
				return field.level();
			}
		}
		return MatchLevel.ABSENT;
	}

	/** One field's comparison: its level of agreement and the weight that level carries. */
	public record FieldScore(String field, MatchLevel level, double weight) {
	}

}
