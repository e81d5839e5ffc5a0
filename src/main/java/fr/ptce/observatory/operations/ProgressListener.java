package fr.ptce.observatory.operations;

import java.util.function.LongSupplier;
import java.util.function.LongBinaryOperator;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Tells {@link RunProgress} how far a chunk step has gone after each chunk written: its total is counted when
 * the step starts, what is done is derived from the rows written so far.
 *
 * @param <T> what the step writes
 */
final class ProgressListener<T> implements StepExecutionListener, ItemWriteListener<T> {

	private final RunProgress progress;

	private final String unit;

	private final LongSupplier total;

	private final LongBinaryOperator doneAfterRows;

	private StepExecution step;

	private long totalCount;

	private long rows;

	/**
	 * @param unit what is counted, in French
	 * @param total how many units the step has to do, counted when it starts
	 * @param doneAfterRows how many units of the total are done once so many rows were written
	 */
	ProgressListener(RunProgress progress, String unit, LongSupplier total, LongBinaryOperator doneAfterRows) {
		this.progress = progress;
		this.unit = unit;
		this.total = total;
		this.doneAfterRows = doneAfterRows;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.step = stepExecution;
		this.rows = 0;
		this.totalCount = this.total.getAsLong();
		this.progress.start(stepExecution, this.totalCount, this.unit);
	}

	@Override
	public void afterWrite(Chunk<? extends T> items) {
		this.rows += items.size();
		this.progress.advance(this.step, this.doneAfterRows.applyAsLong(this.totalCount, this.rows), this.totalCount, this.rows);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.progress.end(stepExecution);
		return null;
	}

}
