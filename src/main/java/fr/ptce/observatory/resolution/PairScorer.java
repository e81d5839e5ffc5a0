package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares a record with a pole, Fellegi–Sunter style: each field falls into a discrete level of agreement
 * whose weight is log2(m/u), and the score is their sum.
 * <p>
 * Names are compared by {@link NameComparison}. When an acronym agrees with the other's acronym or initials, the
 * names' disagreement is expected and does not count.
 */
final class PairScorer {

	/** Each field's score at each of its levels, by comparison and level. */
	private final Score.FieldScore[][] fieldScores;

	/** How the names compare: each word weighted by its rarity, generic words and places of the département lowered. */
	private final NameComparison names;

	/**
	 * @param documentFrequency in how many names each word appears
	 * @param documents how many names were counted
	 * @param widespreadWords words written in the names of many départements, generic like the settings' list
	 * @param placeWords the folded place words of a département
	 */
	PairScorer(MatchingSettings settings, Map<String, Integer> documentFrequency, int documents,
			Set<String> widespreadWords, Function<String, Set<String>> placeWords) {
		this.fieldScores = new Score.FieldScore[Comparison.values().length][MatchLevel.values().length];
		for (Comparison comparison : Comparison.values()) {
			for (MatchLevel level : MatchLevel.values()) {
				if (level == MatchLevel.ABSENT || comparison.levels().contains(level)) {
					this.fieldScores[comparison.ordinal()][level.ordinal()] = new Score.FieldScore(comparison.key(), level,
							round(settings.weight(comparison, level)));
				}
			}
		}
		this.names = new NameComparison(settings, documentFrequency, documents, widespreadWords, placeWords);
	}

	/** How the names compare. */
	NameComparison names() {
		return this.names;
	}

	Score score(ResolvableRecord record, PoleProfile pole) {
		return prepare(record).score(pole);
	}

	/**
	 * A record made ready to be compared with many poles: its département's place words and its words' weights
	 * found once, not once per candidate.
	 */
	Prepared prepare(ResolvableRecord record) {
		Set<String> places = this.names.placesOf(record.departement());
		List<String> tokens = record.tokens();
		double[] weights = new double[tokens.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = NameComparison.weight(this.names.baseWeight(tokens.get(i)), tokens.get(i), places);
		}
		return new Prepared(record, places, weights);
	}

	final class Prepared {

		private final ResolvableRecord record;

		private final Set<String> places;

		private final double[] weights;

		private Prepared(ResolvableRecord record, Set<String> places, double[] weights) {
			this.record = record;
			this.places = places;
			this.weights = weights;
		}

		Score score(PoleProfile pole) {
			return PairScorer.this.score(this, pole);
		}

	}

	private Score score(Prepared prepared, PoleProfile pole) {
		ResolvableRecord record = prepared.record;
		MatchLevel acronym = acronymLevel(record, pole);
		MatchLevel name = this.names.level(prepared.record, prepared.weights, prepared.places, pole);
		if ((name == MatchLevel.DIFFERENT || name == MatchLevel.PLACE_ONLY)
				&& (acronym == MatchLevel.IDENTICAL || acronym == MatchLevel.INITIALS)) {
			name = MatchLevel.ABSENT;
		}
		Score.FieldScore[] fields = { field(Comparison.NAME, name), field(Comparison.ACRONYM, acronym),
				field(Comparison.TERRITORY, territoryLevel(record, pole)), field(Comparison.CARRIER, carrierLevel(record, pole)),
				field(Comparison.SIREN, sirenLevel(record, pole)), field(Comparison.DOMAIN, setLevel(record.domains(), pole.domains)),
				field(Comparison.MEMBERS, membersLevel(record, pole)) };
		double total = 0;
		for (Score.FieldScore field : fields) {
			total += field.weight();
		}
		return new Score(total, List.of(fields));
	}

	/** The levels only (for the estimation of weights). */
	MatchLevel[] levels(Prepared record, PoleProfile pole) {
		return record.score(pole).fields().stream().map(Score.FieldScore::level).toArray(MatchLevel[]::new);
	}

	/** A field's level and its weight, made once per level: a pair is scored many times over. */
	private Score.FieldScore field(Comparison comparison, MatchLevel level) {
		return this.fieldScores[comparison.ordinal()][level.ordinal()];
	}

	private static double round(double weight) {
		return Math.round(weight * 100) / 100.0;
	}

	private static MatchLevel acronymLevel(ResolvableRecord record, PoleProfile pole) {
		if (intersects(record.acronyms(), pole.acronyms)) {
			return MatchLevel.IDENTICAL;
		}
		if (intersects(record.acronyms(), pole.initials)
				|| (record.initials() != null && pole.acronyms.contains(record.initials()))) {
			return MatchLevel.INITIALS;
		}
		// an acronym that is all a name says (« CLO ») may keep the articles or PTCE's letter (« Collectif L'Ouvroir »)
		if (record.nameKey() != null && record.acronyms().contains(record.nameKey())
				&& pole.acronymForms.contains(record.nameKey())) {
			return MatchLevel.INITIALS;
		}
		for (String form : record.acronymForms()) {
			if (pole.acronyms.contains(form) && pole.nameKeys.contains(form)) {
				return MatchLevel.INITIALS;
			}
		}
		if (!record.acronyms().isEmpty() && !pole.acronyms.isEmpty()) {
			return MatchLevel.DIFFERENT;
		}
		return MatchLevel.ABSENT;
	}

	private static MatchLevel territoryLevel(ResolvableRecord record, PoleProfile pole) {
		if ((record.postalCode() != null && pole.postalCodes.contains(record.postalCode()))
				|| (record.commune() != null && pole.communes.contains(record.commune()))) {
			return MatchLevel.SAME_COMMUNE;
		}
		if (record.departement() != null && pole.departements.contains(record.departement())) {
			return MatchLevel.SAME_DEPARTEMENT;
		}
		if (record.region() != null && pole.regions.contains(record.region())) {
			return MatchLevel.SAME_REGION;
		}
		return (record.region() != null && !pole.regions.isEmpty()) ? MatchLevel.DIFFERENT : MatchLevel.ABSENT;
	}

	/** A SIREN that may be the pole's own on both sides: the same, or two different (not a veto unless declared). */
	private static MatchLevel sirenLevel(ResolvableRecord record, PoleProfile pole) {
		if (record.ownSiren() == null || pole.ownSirens.isEmpty()) {
			return MatchLevel.ABSENT;
		}
		if (pole.ownSirens.contains(record.ownSiren())) {
			return MatchLevel.IDENTICAL;
		}
		// one side declares the pole's own SIREN, the other gives one of unknown role: that one may be the carrier's
		boolean recordDeclares = record.sirenDeclared();
		boolean poleDeclares = pole.declaredSirens.containsAll(pole.ownSirens);
		return (recordDeclares != poleDeclares) ? MatchLevel.ABSENT : MatchLevel.DIFFERENT;
	}

	private static MatchLevel carrierLevel(ResolvableRecord record, PoleProfile pole) {
		boolean sameSiren = (record.carrierSiren() != null && (pole.carrierSirens.contains(record.carrierSiren())
				|| pole.ownSirens.contains(record.carrierSiren())))
				|| (record.ownSiren() != null && pole.carrierSirens.contains(record.ownSiren()));
		if (sameSiren || (record.carrierKey() != null && pole.carrierKeys.contains(record.carrierKey()))) {
			return MatchLevel.IDENTICAL;
		}
		boolean recordKnows = record.carrierKey() != null || record.carrierSiren() != null;
		boolean poleKnows = !pole.carrierKeys.isEmpty() || !pole.carrierSirens.isEmpty();
		return (recordKnows && poleKnows) ? MatchLevel.DIFFERENT : MatchLevel.ABSENT;
	}

	private static MatchLevel setLevel(Set<String> values, Set<String> others) {
		if (values.isEmpty() || others.isEmpty()) {
			return MatchLevel.ABSENT;
		}
		return intersects(values, others) ? MatchLevel.IDENTICAL : MatchLevel.DIFFERENT;
	}

	private static MatchLevel membersLevel(ResolvableRecord record, PoleProfile pole) {
		if (record.memberKeys().isEmpty() || !pole.hasMembers()) {
			return MatchLevel.ABSENT;
		}
		int shared = pole.sharedMembers(record.memberKeys());
		return (shared >= 2) ? MatchLevel.SEVERAL : (shared == 1) ? MatchLevel.ONE : MatchLevel.NONE;
	}

	private static boolean intersects(Set<String> left, Set<String> right) {
		for (String value : left) {
			if (right.contains(value)) {
				return true;
			}
		}
		return false;
	}

}
