package fr.ptce.observatory.ingestion;

import java.io.IOException;

/**
 * A problem the observatory's own readers found in a file, told in French for the network (« plus de 16384
 * colonnes dans la feuille … »): unlike a library's message, it reaches the verdict as it is.
 */
class FileProblem extends IOException {

	FileProblem(String message) {
		super(message);
	}

	FileProblem(String message, Throwable cause) {
		super(message, cause);
	}

}
