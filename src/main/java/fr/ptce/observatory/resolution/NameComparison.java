package fr.ptce.observatory.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How a record's name compares with a pole's names, word by word after canonicalisation (PTCE's long form, small
 * words, French stems): each word weighted by its rarity among the poles' names, words of the settings' generic list
 * (and those written all over the country) a fifth, names of places of the record's département half. Names that
 * share only such words fall at the {@code territoire-seul} level: a territory's name alone never merges two poles,
 * unless it is all both names say once generic words are set aside.
 */
final class NameComparison {

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
	NameComparison(MatchingSettings settings, Map<String, Integer> documentFrequency, int documents,
			Set<String> widespreadWords, Function<String, Set<String>> placeWords) {
		this.generic = new HashSet<>(settings.genericWords());
		this.generic.addAll(widespreadWords);
		this.documentFrequency = documentFrequency;
		this.documents = Math.max(documents, 1);
		this.placeWords = placeWords;
	}

	/** The level of agreement of a record's name (its words weighted) with a pole's names. */
	MatchLevel level(ResolvableRecord record, double[] weights, Set<String> places, PoleProfile pole) {
		if (record.tokens().isEmpty() || pole.names.isEmpty()) {
			return MatchLevel.ABSENT;
		}
		if (pole.nameKeys.contains(record.nameKey()) || sameWordsInAnotherOrder(record, pole)) {
			return MatchLevel.IDENTICAL;
		}
		if (CutNames.cutShort(record, pole.nameKeys) || WordMatching.oneTypoApart(record.nameKey(), pole.nameKeys)
				|| CutNames.cutShortWithTypos(record.tokens(), pole.names)) {
			return MatchLevel.CLOSE;
		}
		MatchLevel best = MatchLevel.DIFFERENT;
		for (int i = 0; i < pole.names.size(); i++) {
			MatchLevel level = nameLevel(record.tokens(), weights, pole.names.get(i), pole.nameWeights.get(i), places);
			if (rank(Comparison.NAME, level) < rank(Comparison.NAME, best)) {
				best = level;
			}
		}
		if (rank(Comparison.NAME, best) > rank(Comparison.NAME, MatchLevel.PARTIAL)
				&& CutNames.startsTheOther(record.nameKey(), pole.nameKeys)) {
			// « Pôle de coopération économique Le Grand », « … Le Grand Atelier de Rogerville »: maybe cut after a
			// whole word, maybe another pole's name that starts alike (« Lycée Jean », « Lycée Jean Moulin »)
			return MatchLevel.PARTIAL;
		}
		return best;
	}
	private MatchLevel nameLevel(List<String> left, double[] leftWeights, List<String> right, double[] rightWeights,
			Set<String> places) {
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
			return MatchLevel.DIFFERENT;
		}
		if (sameSpecificWords(left, right) && (!onlyPlaces(left, places) || WordMatching.oneHoldsTheOther(left, right))) {
			return MatchLevel.CLOSE;
		}
		if (!distinctiveShared) {
			return MatchLevel.PLACE_ONLY;
		}
		double rightTotal = 0;
		double rightShared = 0;
		for (int j = 0; j < right.size(); j++) {
			double weight = weight(rightWeights[j], right.get(j), places);
			rightTotal += weight;
			if (rightMatched[j]) {
				rightShared += weight;
			}
		}
		double similarity = (leftShared + rightShared) / (leftTotal + rightTotal);
		if (similarity >= 0.8 || sameWordsOfTheirOwn(left, right, places)) {
			return MatchLevel.CLOSE;
		}
		return (similarity >= 0.45) ? MatchLevel.PARTIAL : MatchLevel.PLACE_ONLY;
	}
	/**
	 * Whether a name is one of the pole's names with its words in another order (« Kerongi – Maison des transitions »,
	 * « Maison des transitions Kerongi »): the same name, as networks write it. The same stems first (cheap), then the
	 * same words in matching form (« PTCE Pari » is not « PTCE de Paris »).
	 */
	private static boolean sameWordsInAnotherOrder(ResolvableRecord record, PoleProfile pole) {
		List<String> tokens = record.tokens();
		boolean sameStems = false;
		for (List<String> other : pole.names) {
			if (other.size() == tokens.size() && other.containsAll(tokens)) {
				sameStems = true;
				break;
			}
		}
		if (!sameStems || record.nameKey() == null) {
			return false;
		}
		List<String> words = sortedWords(record.nameKey());
		for (String key : pole.nameKeys) {
			if (sortedWords(key).equals(words)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> sortedWords(String nameKey) {
		return java.util.Arrays.stream(nameKey.split(" ")).filter(word -> !word.isEmpty()).sorted()
			.toList();
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
				&& !allDigits(token);
	}

	private static boolean allDigits(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (!Character.isDigit(token.charAt(i))) {
				return false;
			}
		}
		return true;
	}
	/**
	 * Whether a word does not tell one pole from another: a generic word (the settings' list and the words found
	 * widespread), or a word of five letters or more one typo away from a generic word of five letters or more
	 * (« territoiral »), which would otherwise look like the rarest word of its name.
	 */
	boolean isGeneric(String token) {
		Boolean known = this.genericByWord.get(token);
		if (known != null) {
			return known;
		}
		return this.genericByWord.computeIfAbsent(token, word -> this.generic.contains(word) || (word.length() >= 5
				&& this.generic.stream().anyMatch(generic -> generic.length() >= 5 && WordMatching.withinOneEdit(word, generic))));
	}
	/** A word's weight before places: its inverse document frequency, lowered for generic words. */
	double baseWeight(String token) {
		Double known = this.wordWeight.get(token);
		return (known != null) ? known : this.wordWeight.computeIfAbsent(token, word -> {
			double rarity = Math.log((this.documents + 1.0) / (this.documentFrequency.getOrDefault(word, 0) + 1.0)) + 1;
			return isGeneric(word) ? rarity / 5 : rarity;
		});
	}
	/** A word's weight in a name compared with a record's: halved when it names a place of the record's département. */
	static double weight(double baseWeight, String token, Set<String> places) {
		return places.contains(token) ? baseWeight / 2 : baseWeight;
	}
	/** The stemmed place words of a département. */
	Set<String> placesOf(String departement) {
		if (departement == null) {
			return Set.of();
		}
		return this.stemmedPlaceWords.computeIfAbsent(departement, code -> {
			Set<String> stems = new HashSet<>();
			this.placeWords.apply(code).forEach(word -> stems.add(NameTokens.stem(word)));
			return stems;
		});
	}
	private static int rank(Comparison comparison, MatchLevel level) {
		int index = comparison.levels().indexOf(level);
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

}
