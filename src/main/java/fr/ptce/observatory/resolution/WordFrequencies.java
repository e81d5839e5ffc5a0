package fr.ptce.observatory.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.normalisation.Territory;

/**
 * In how many names each word appears, over the names counted: the rarity that weighs a word in name
 * comparison ({@link PairScorer}).
 */
final class WordFrequencies {

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	private int documents;

	/** Counts the words of one name. */
	void count(List<String> tokens) {
		this.documents++;
		tokens.forEach(token -> this.documentFrequency.merge(token, 1, Integer::sum));
	}

	/** A scorer weighing words by the frequencies counted so far. */
	PairScorer scorer(MatchingSettings settings) {
		return new PairScorer(settings, this.documentFrequency, this.documents, Territory.official()::placeWords);
	}

}
