package fr.ptce.observatory.ingestion;

import java.util.List;

/**
 * Published when files are to be read again (a network's files after its profile was fixed, one file asked
 * again): the modules further down forget what they made of the files' rows, each in its own tables, before
 * ingestion removes the rows themselves. Listeners run in the publisher's transaction, in two phases: those
 * that keep something of the rows first ({@link #KEEP}: resolution keeps each row's pole, so that identifiers
 * do not change), then those that delete ({@link #FORGET}: normalisation's records).
 *
 * @param fileIds the files to read again
 */
public record FilesToReadAgain(List<Long> fileIds) {

	/** The order of the listeners that keep something of the rows before they go. */
	public static final int KEEP = 1;

	/** The order of the listeners that delete what was made of the rows. */
	public static final int FORGET = 2;

	public Long[] ids() {
		return this.fileIds.toArray(Long[]::new);
	}

}
