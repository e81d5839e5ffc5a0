package fr.ptce.observatory.ingestion;

/**
 * A file that cannot be read as a table of poles. Its message is the verdict, in French, for the network.
 */
public class UnreadableFileException extends Exception {

	/** The row most like a header, when no header was recognised: what a proposed profile starts from. */
	private final transient Layout candidate;

	public UnreadableFileException(String verdict) {
		super(verdict);
		this.candidate = null;
	}

	UnreadableFileException(String verdict, Layout candidate) {
		super(verdict);
		this.candidate = candidate;
	}

	/** Where the header probably is, with no column recognised, when the file was refused for want of one. */
	public java.util.Optional<Layout> candidate() {
		return java.util.Optional.ofNullable(this.candidate);
	}

	public UnreadableFileException(String verdict, Throwable cause) {
		super(verdict, cause);
		this.candidate = null;
	}

}
