package fr.ptce.observatory.resolution;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.ptce.observatory.normalisation.Territory;

/**
 * In how many names each word appears, over the names counted: the rarity that weighs a word in name
 * comparison ({@link PairScorer}); and in how many départements, which tells the words of a kind of organisation
 * (« fabrique », « collectif », « pôle ») from the words of one organisation's name.
 */
final class WordFrequencies {

	/**
	 * A word met in the names of at least this many départements (and a twentieth of those seen), and in one name
	 * in a hundred, is a word of a kind, not of a name: a name's own words stay in its place, a kind's words are
	 * written all over the country and often. (Among many thousands of names, an ordinary word of names reaches
	 * five départements by chance; it does not reach one name in a hundred.)
	 */
	static final int WIDESPREAD_DEPARTEMENTS = 5;

	static final double WIDESPREAD_SHARE = 0.01;

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	private final Map<String, BitSet> departementsByWord = new HashMap<>();

	private final Map<String, Integer> departementIndex = new HashMap<>();

	private int documents;

	/** Counts the words of one name, written in a département ({@code null} when unknown). */
	void count(List<String> tokens, String departement) {
		this.documents++;
		Integer index = (departement != null)
				? this.departementIndex.computeIfAbsent(departement, code -> this.departementIndex.size()) : null;
		for (String token : tokens) {
			this.documentFrequency.merge(token, 1, Integer::sum);
			if (index != null) {
				this.departementsByWord.computeIfAbsent(token, word -> new BitSet()).set(index);
			}
		}
	}

	/** The words written in the names of many départements. */
	Set<String> widespread() {
		int threshold = Math.max(WIDESPREAD_DEPARTEMENTS, this.departementIndex.size() / 20);
		double frequent = this.documents * WIDESPREAD_SHARE;
		Set<String> words = new HashSet<>();
		this.departementsByWord.forEach((word, departements) -> {
			if (departements.cardinality() >= threshold && this.documentFrequency.get(word) >= frequent) {
				words.add(word);
			}
		});
		return words;
	}

	/** A scorer weighing words by the frequencies counted so far. */
	PairScorer scorer(MatchingSettings settings) {
		return new PairScorer(settings, this.documentFrequency, this.documents, widespread(),
				Territory.official()::placeWords);
	}

}
