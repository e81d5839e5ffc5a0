package fr.ptce.observatory.operations;

import fr.ptce.observatory.resolution.PoleResolver;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What an import tells those who started it, typed: how many new files it discovered, and the counts of its
 * resolution (kept in the step's execution context, so that the runs page and a restarted run see them too).
 * The names of the steps and of the context's keys are written here only.
 */
public final class ImportResults {

	static final String DISCOVER_FILES = "discoverFiles";

	static final String RESOLVE_POLES = "resolvePoles";

	private static final String CREATED = "poles.crees";

	private static final String MERGED = "lignes.fusionnees";

	private static final String REVIEW_PAIRS = "paires.a.revoir";

	private static final String COMPARISONS = "comparaisons";

	private static final String POSSIBLE_COMPARISONS = "comparaisons.sans.blocage";

	private ImportResults() {
	}

	/** How many files an import discovered that were not known before (0 when its first step did not run). */
	public static long newFiles(JobExecution execution) {
		return step(execution, DISCOVER_FILES).map(StepExecution::getWriteCount).orElse(0L);
	}

	/** The counts of an import's resolution; empty when it did not get that far. */
	public static java.util.Optional<PoleResolver.Summary> resolution(JobExecution execution) {
		return step(execution, RESOLVE_POLES).map(StepExecution::getExecutionContext)
			.filter(context -> context.containsKey(CREATED))
			.map(context -> new PoleResolver.Summary(context.getInt(CREATED), context.getInt(MERGED),
					context.getInt(REVIEW_PAIRS), context.getLong(COMPARISONS), context.getLong(POSSIBLE_COMPARISONS)));
	}

	static void storeResolution(ExecutionContext context, PoleResolver.Summary summary) {
		context.putInt(CREATED, summary.accepted());
		context.putInt(MERGED, summary.merged());
		context.putInt(REVIEW_PAIRS, summary.reviewPairs());
		context.putLong(COMPARISONS, summary.comparisons());
		context.putLong(POSSIBLE_COMPARISONS, summary.possibleComparisons());
	}

	private static java.util.Optional<StepExecution> step(JobExecution execution, String name) {
		return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst();
	}

}
