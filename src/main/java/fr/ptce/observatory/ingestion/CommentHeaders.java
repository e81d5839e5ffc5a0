package fr.ptce.observatory.ingestion;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Headers whose column holds no value of the pole: comments on something (« Commentaire libre du chargé de
 * mission », « [Suivi] Observations »), whatever words follow, and the sender's own bookkeeping (« Date de création
 * de la fiche »).
 */
final class CommentHeaders {

	/** Words that, heading a header, make its column a free comment (plural marks dropped). */
	private static final Set<String> COMMENTS = Set.of("commentaire", "observation", "remarque", "note");

	/** Sections and numbers before a header: « [Suivi] », « Q11 - », « 3. », « [Suivi] Q3 - ». */
	private static final Pattern SECTION = Pattern.compile("^(?:\\s*(?:\\[[^\\]]*\\]|\\(?\\p{L}?\\d+[.)]?)\\s*[-–:.]?\\s*)+");

	/** Words that make a header about « observation » the year observed (« Observation (année) »). */
	private static final Set<String> YEARS = Set.of("annee", "millesime", "exercice");

	private CommentHeaders() {
	}

	/** Whether a header's first word, after a section or a question number, says its column holds comments. */
	static boolean isComment(String header) {
		String folded = Folding.fold(header);
		if (COMMENTS.stream().noneMatch(folded::contains)) {
			return false;
		}
		List<String> words = HeaderWords.tokens(SECTION.matcher(header).replaceFirst(""));
		return !words.isEmpty() && COMMENTS.contains(words.get(0)) && words.stream().noneMatch(YEARS::contains);
	}

	/**
	 * Words of the sender's own bookkeeping: the spreadsheet itself (« fiche », « ligne », « saisie », « onglet »)
	 * or the network that keeps it (« réseau », in the singular: « réseaux » are social networks). A column they
	 * name is about the list, not about the pole (« Date de création de la fiche », « Contact réseau »).
	 */
	private static final Set<String> BOOKKEEPING = Set.of("fiche", "ligne", "saisie", "onglet", "fichier", "tableau",
			"reseau");

	/** A remark in parentheses, closed or left open at the end. */
	private static final Pattern REMARK = Pattern.compile("\\([^()]*(?:\\)|$)");

	/**
	 * Whether a header names the sender's own bookkeeping rather than something of the pole; a remark in parentheses
	 * only qualifies the header (« Téléphone (ligne directe ou portable) » is a telephone number).
	 */
	static boolean isBookkeeping(String header) {
		for (String word : Folding.fold(REMARK.matcher(header).replaceAll(" ")).split(" ")) {
			if (BOOKKEEPING.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
