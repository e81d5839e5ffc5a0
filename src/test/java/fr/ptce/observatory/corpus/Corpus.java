package fr.ptce.observatory.corpus;

import java.util.List;

import fr.ptce.observatory.corpus.RowTruth.RowKind;

/**
 * A corpus of network files written by {@link NetworkCorpus#write} and the truth about each of them.
 *
 * @param files the truth of each file, in the order of their numbers
 */
public record Corpus(List<FileTruth> files) {

	/** The number of rows of the given kind over all files. */
	public long count(RowKind kind) {
		return this.files.stream().mapToLong(file -> file.count(kind)).sum();
	}

	/** The number of files expected to be read or refused. */
	public long count(FileTruth.Expected expected) {
		return this.files.stream().filter(file -> file.expected() == expected).count();
	}

	/** The number of rows of members over all files. */
	public long memberRows() {
		return this.files.stream().mapToLong(FileTruth::memberRows).sum();
	}

	/** One line: files, lists and summaries, pole, placeholder, duplicate and member rows. */
	public String summary() {
		return String.format("%d files (%d lists, %d summaries), %d pole rows, %d placeholder rows, %d duplicates, "
				+ "%d member rows", this.files.size(), count(FileTruth.Expected.LIST),
				count(FileTruth.Expected.SUMMARY), count(RowKind.POLE), count(RowKind.PLACEHOLDER),
				count(RowKind.DUPLICATE), memberRows());
	}

}
