package fr.ptce.observatory.ingestion;

/**
 * A file that cannot be read as a table of poles. Its message is the verdict, in French, for the network.
 */
public class UnreadableFileException extends Exception {

	public UnreadableFileException(String verdict) {
		super(verdict);
	}

	public UnreadableFileException(String verdict, Throwable cause) {
		super(verdict, cause);
	}

}
