package fr.ptce.observatory.resolution;

/**
 * How far a long piece of resolution work has gone, told after each batch it commits.
 */
@FunctionalInterface
public interface Progress {

	Progress NONE = (done, total) -> {
	};

	/** {@code done} of {@code total} records handled so far. */
	void advanced(long done, long total);

}
