package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Compares a record with a pole, Fellegi–Sunter style: each field falls into a discrete level of agreement
 * whose weight is log2(m/u), and the score is their sum.
 * <p>
 * Names are compared word by word after canonicalisation (PTCE's long form, small words, French stems),
 * each word weighted by its rarity among the poles' names; words of the settings' generic list weigh a fifth,
 * names of places of the record's département half. Names that share only such words ("PTCE Pays de
 * Bray", "Le Cluster Vivre en Pays de Bray") fall at the {@code territoire-seul} level, which weighs against a
 * match: a territory's name alone never merges two poles, unless it is all both names say once generic words
 * are set aside. When an acronym agrees with the other's acronym or
 * initials, the names' disagreement is expected and does not count.
 */
final class PairScorer {

	private final MatchingSettings settings;

	private final Map<String, Integer> documentFrequency;

	private final int documents;

	private final Function<String, Set<String>> placeWords;

	private final Map<String, Set<String>> stemmedPlaceWords = new ConcurrentHashMap<>();

	/** Whether a word is generic ({@link #isGeneric}), found once per word. */
	private final Map<String, Boolean> genericByWord = new ConcurrentHashMap<>();

	/** Each word's inverse document frequency, lowered for generic words: found once per word. */
	private final Map<String, Double> wordWeight = new ConcurrentHashMap<>();

	/** Words that do not tell one pole from another: the settings' list, and the words written all over the country. */
	private final Set<String> generic;

	/**
	 * @param documentFrequency in how many names each word appears
	 * @param documents how many names were counted
	 * @param widespreadWords words written in the names of many départements, generic like the settings' list
	 * @param placeWords the folded place words of a département
	 */
	PairScorer(MatchingSettings settings, Map<String, Integer> documentFrequency, int documents,
			Set<String> widespreadWords, Function<String, Set<String>> placeWords) {
		this.settings = settings;
		this.generic = new HashSet<>(settings.genericWords());
		this.generic.addAll(widespreadWords);
		this.documentFrequency = documentFrequency;
		this.documents = Math.max(documents, 1);
		this.placeWords = placeWords;
	}

	Score score(ResolvableRecord record, PoleProfile pole) {
		return prepare(record).score(pole);
	}

	/**
	 * A record made ready to be compared with many poles: its département's place words and its words' weights
	 * found once, not once per candidate.
	 */
	Prepared prepare(ResolvableRecord record) {
		Set<String> places = placesOf(record.departement());
		List<String> tokens = record.tokens();
		double[] weights = new double[tokens.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = weight(tokens.get(i), places);
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
		String acronym = acronymLevel(record, pole);
		String name = nameLevel(prepared, pole);
		if (("different".equals(name) || "territoire-seul".equals(name))
				&& ("identique".equals(acronym) || "initiales".equals(acronym))) {
			name = Comparison.ABSENT;
		}
		List<Score.FieldScore> fields = new ArrayList<>();
		add(fields, Comparison.NAME, name);
		add(fields, Comparison.ACRONYM, acronym);
		add(fields, Comparison.TERRITORY, territoryLevel(record, pole));
		add(fields, Comparison.CARRIER, carrierLevel(record, pole));
		add(fields, Comparison.SIREN, sirenLevel(record, pole));
		add(fields, Comparison.DOMAIN, setLevel(record.domains(), pole.domains));
		add(fields, Comparison.MEMBERS, membersLevel(record, pole));
		double total = fields.stream().mapToDouble(Score.FieldScore::weight).sum();
		return new Score(total, fields);
	}

	/** The levels only (for the estimation of weights). */
	String[] levels(Prepared record, PoleProfile pole) {
		return record.score(pole).fields().stream().map(Score.FieldScore::level).toArray(String[]::new);
	}

	private void add(List<Score.FieldScore> fields, Comparison comparison, String level) {
		fields.add(new Score.FieldScore(comparison.key(), level, round(this.settings.weight(comparison, level))));
	}

	private static double round(double weight) {
		return Math.round(weight * 100) / 100.0;
	}

	private String nameLevel(Prepared prepared, PoleProfile pole) {
		ResolvableRecord record = prepared.record;
		if (record.tokens().isEmpty() || pole.names.isEmpty()) {
			return Comparison.ABSENT;
		}
		if (pole.nameKeys.contains(record.nameKey())) {
			return "identique";
		}
		if (WordMatching.cutShort(record, pole.nameKeys) || WordMatching.oneTypoApart(record.nameKey(), pole.nameKeys)) {
			return "proche";
		}
		String best = "different";
		for (List<String> other : pole.names) {
			String level = nameLevel(record.tokens(), prepared.weights, other, prepared.places);
			if (rank(Comparison.NAME, level) < rank(Comparison.NAME, best)) {
				best = level;
			}
		}
		if (rank(Comparison.NAME, best) > rank(Comparison.NAME, "partiel")
				&& WordMatching.startsTheOther(record.nameKey(), pole.nameKeys)) {
			// « Pôle de coopération économique Le Grand », « … Le Grand Atelier de Rogerville »: maybe cut after a
			// whole word, maybe another pole's name that starts alike (« Lycée Jean », « Lycée Jean Moulin »)
			return "partiel";
		}
		return best;
	}

	private String nameLevel(List<String> left, double[] leftWeights, List<String> right, Set<String> places) {
		// which words of each side are met in the other, each pair of words tried once
		boolean[] rightMatched = new boolean[right.size()];
		double leftTotal = 0;
		double leftShared = 0;
		boolean distinctiveShared = false;
		boolean anyShared = false;
		for (int i = 0; i < left.size(); i++) {
			String token = left.get(i);
			boolean last = i == left.size() - 1;
			boolean matched = false;
			for (int j = 0; j < right.size(); j++) {
				String other = right.get(j);
				boolean otherLast = j == right.size() - 1;
				boolean alike = WordMatching.alike(token, other);
				matched |= alike || WordMatching.truncated(token, last, other, otherLast);
				rightMatched[j] |= alike || WordMatching.truncated(other, otherLast, token, last);
			}
			leftTotal += leftWeights[i];
			if (matched) {
				leftShared += leftWeights[i];
				anyShared = true;
				distinctiveShared |= isDistinctive(token, places);
			}
		}
		if (!anyShared) {
			return "different";
		}
		if (sameSpecificWords(left, right) && (!onlyPlaces(left, places) || WordMatching.oneHoldsTheOther(left, right))) {
			return "proche";
		}
		if (!distinctiveShared) {
			return "territoire-seul";
		}
		double rightTotal = 0;
		double rightShared = 0;
		for (int j = 0; j < right.size(); j++) {
			double weight = weight(right.get(j), places);
			rightTotal += weight;
			if (rightMatched[j]) {
				rightShared += weight;
			}
		}
		double similarity = (leftShared + rightShared) / (leftTotal + rightTotal);
		if (similarity >= 0.8 || sameWordsOfTheirOwn(left, right, places)) {
			return "proche";
		}
		return (similarity >= 0.45) ? "partiel" : "territoire-seul";
	}

	/**
	 * Whether two names have the same words of their own, generic words and places of the département aside
	 * (« Collectif L'Atelier des Possibles », « PTCE L'Atelier des Possibles de Morigny-Champigny »).
	 */
	private boolean sameWordsOfTheirOwn(List<String> left, List<String> right, Set<String> places) {
		return holdsOwnWords(right, left, places) && holdsOwnWords(left, right, places)
				&& left.stream().anyMatch(word -> isDistinctive(word, places));
	}

	/** Whether each word of its own of {@code words} is in {@code name} (names hold no word twice). */
	private boolean holdsOwnWords(List<String> name, List<String> words, Set<String> places) {
		for (String word : words) {
			if (isDistinctive(word, places) && !name.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the words of a name that are not generic are all names of places of the département. */
	private boolean onlyPlaces(List<String> words, Set<String> places) {
		return words.stream().filter(word -> !isGeneric(word)).allMatch(places::contains);
	}

	/**
	 * Whether two names differ only by generic words ("Cévennes Solidaires", "Coopérative Cévennes
	 * Solidaires"): then even a place name that is all their name identifies them.
	 */
	private boolean sameSpecificWords(List<String> left, List<String> right) {
		boolean anySpecific = false;
		for (String word : left) {
			if (!isGeneric(word)) {
				anySpecific = true;
				if (!right.contains(word)) {
					return false;
				}
			}
		}
		for (String word : right) {
			if (!isGeneric(word) && !left.contains(word)) {
				return false;
			}
		}
		return anySpecific;
	}

	private boolean isDistinctive(String token, Set<String> places) {
		return !isGeneric(token) && !places.contains(token)
				&& !token.chars().allMatch(Character::isDigit);
	}

	/**
	 * Whether a word does not tell one pole from another: a generic word (the settings' list and the words found
	 * widespread), or a word of five letters or more one typo away from a generic word of five letters or more
	 * (« territoiral »), which would otherwise look like the rarest word of its name.
	 */
	boolean isGeneric(String token) {
		return this.genericByWord.computeIfAbsent(token, word -> this.generic.contains(word) || (word.length() >= 5
				&& this.generic.stream().anyMatch(generic -> generic.length() >= 5 && WordMatching.withinOneEdit(word, generic))));
	}

	/** A word's weight: its inverse document frequency, lowered for generic words and place names. */
	double weight(String token, Set<String> places) {
		double weight = this.wordWeight.computeIfAbsent(token, word -> {
			double rarity = Math.log((this.documents + 1.0) / (this.documentFrequency.getOrDefault(word, 0) + 1.0)) + 1;
			return isGeneric(word) ? rarity / 5 : rarity;
		});
		return places.contains(token) ? weight / 2 : weight;
	}

	private static String acronymLevel(ResolvableRecord record, PoleProfile pole) {
		if (intersects(record.acronyms(), pole.acronyms)) {
			return "identique";
		}
		if (intersects(record.acronyms(), pole.initials)
				|| (record.initials() != null && pole.acronyms.contains(record.initials()))) {
			return "initiales";
		}
		if (!record.acronyms().isEmpty() && !pole.acronyms.isEmpty()) {
			return "different";
		}
		return Comparison.ABSENT;
	}

	private static String territoryLevel(ResolvableRecord record, PoleProfile pole) {
		if ((record.postalCode() != null && pole.postalCodes.contains(record.postalCode()))
				|| (record.commune() != null && pole.communes.contains(record.commune()))) {
			return "commune";
		}
		if (record.departement() != null && pole.departements.contains(record.departement())) {
			return "departement";
		}
		if (record.region() != null && pole.regions.contains(record.region())) {
			return "region";
		}
		return (record.region() != null && !pole.regions.isEmpty()) ? "different" : Comparison.ABSENT;
	}

	/** A SIREN that may be the pole's own on both sides: the same, or two different (not a veto unless declared). */
	private static String sirenLevel(ResolvableRecord record, PoleProfile pole) {
		if (record.ownSiren() == null || pole.ownSirens.isEmpty()) {
			return Comparison.ABSENT;
		}
		if (pole.ownSirens.contains(record.ownSiren())) {
			return "identique";
		}
		// one side declares the pole's own SIREN, the other gives one of unknown role: that one may be the carrier's
		boolean recordDeclares = record.sirenDeclared();
		boolean poleDeclares = pole.declaredSirens.containsAll(pole.ownSirens);
		return (recordDeclares != poleDeclares) ? Comparison.ABSENT : "different";
	}

	private static String carrierLevel(ResolvableRecord record, PoleProfile pole) {
		boolean sameSiren = (record.carrierSiren() != null && (pole.carrierSirens.contains(record.carrierSiren())
				|| pole.ownSirens.contains(record.carrierSiren())))
				|| (record.ownSiren() != null && pole.carrierSirens.contains(record.ownSiren()));
		if (sameSiren || (record.carrierKey() != null && pole.carrierKeys.contains(record.carrierKey()))) {
			return "identique";
		}
		boolean recordKnows = record.carrierKey() != null || record.carrierSiren() != null;
		boolean poleKnows = !pole.carrierKeys.isEmpty() || !pole.carrierSirens.isEmpty();
		return (recordKnows && poleKnows) ? "different" : Comparison.ABSENT;
	}

	private static String setLevel(Set<String> values, Set<String> others) {
		if (values.isEmpty() || others.isEmpty()) {
			return Comparison.ABSENT;
		}
		return intersects(values, others) ? "identique" : "different";
	}

	private static String membersLevel(ResolvableRecord record, PoleProfile pole) {
		if (record.memberKeys().isEmpty() || !pole.hasMembers()) {
			return Comparison.ABSENT;
		}
		int shared = pole.sharedMembers(record.memberKeys());
		return (shared >= 2) ? "plusieurs" : (shared == 1) ? "un" : "aucun";
	}

	private Set<String> placesOf(String departement) {
		if (departement == null) {
			return Set.of();
		}
		return this.stemmedPlaceWords.computeIfAbsent(departement, code -> {
			Set<String> stems = new HashSet<>();
			this.placeWords.apply(code).forEach(word -> stems.add(NameTokens.stem(word)));
			return stems;
		});
	}

	private static boolean intersects(Set<String> left, Set<String> right) {
		for (String value : left) {
			if (right.contains(value)) {
				return true;
			}
		}
		return false;
	}

	private static int rank(Comparison comparison, String level) {
		int index = comparison.levels().indexOf(level);
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

}
