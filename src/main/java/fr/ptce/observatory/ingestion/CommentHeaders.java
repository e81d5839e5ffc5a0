package fr.ptce.observatory.ingestion;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Headers of comments on something (« Commentaire libre du chargé de mission », « [Suivi] Observations »): their
 * column holds remarks, no value of what they comment on, whatever words follow.
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
		List<String> words = HeaderWords.tokens(SECTION.matcher(header).replaceFirst(""));
		return !words.isEmpty() && COMMENTS.contains(words.get(0)) && words.stream().noneMatch(YEARS::contains);
	}

}
