package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every discovered file of the inbox, one after the other, as raw rows. A file that cannot be read
 * gets its verdict and the next file goes on. A file is read whole or not at all: one left half read by a
 * crash has its rows deleted and is read again.
 * <p>
 * The files are parsed by a thread of their own, a few thousand rows ahead of the step, so that parsing the
 * next rows and copying the last ones into PostgreSQL overlap. Everything that touches the database (rows
 * deleted, verdicts, layouts) still happens on the step's thread, in the chunk's transaction, in file order.
 */
public class RawRowsReader implements ItemStreamReader<FileRow> {

	private static final Logger logger = LoggerFactory.getLogger(RawRowsReader.class);

	/** How many rows the parsing thread may read ahead of the step: bounds the memory, not the file size. */
	static final int READ_AHEAD = 20_000;

	/**
	 * Rows are handed over by batches: one hand-over per row would wake the other thread at every row, which
	 * costs more than reading the row.
	 */
	static final int BATCH = 500;

	private final SourceFiles sourceFiles;

	private final RawRows rawRows;

	private final HeaderDictionary dictionary;

	private final SourceProfiles profiles;

	private BlockingQueue<Event> events;

	private Thread parser;

	private Iterator<FileRow> batch = Collections.emptyIterator();

	/** The end was read: every later read answers {@code null}, as a reader does. */
	private boolean finished;

	public RawRowsReader(SourceFiles sourceFiles, RawRows rawRows, HeaderDictionary dictionary, SourceProfiles profiles) {
		this.sourceFiles = sourceFiles;
		this.rawRows = rawRows;
		this.dictionary = dictionary;
		this.profiles = profiles;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		List<SourceFile> files = this.sourceFiles.discovered();
		this.events = new ArrayBlockingQueue<>(READ_AHEAD / BATCH);
		this.batch = Collections.emptyIterator();
		this.finished = false;
		BlockingQueue<Event> queue = this.events;
		this.parser = new Thread(() -> parse(files, queue), "lecture-fichiers");
		this.parser.setDaemon(true);
		this.parser.start();
	}

	@Override
	public FileRow read() {
		while (!this.finished) {
			if (this.batch.hasNext()) {
				return this.batch.next();
			}
			Event event = take();
			if (event instanceof Rows rows) {
				this.batch = rows.rows().iterator();
			}
			else if (event instanceof Opened opened) {
				this.rawRows.deleteOfFile(opened.file().id());
			}
			else if (event instanceof Read read) {
				this.sourceFiles.markRead(read.file().id(), read.poles(), read.members());
			}
			else if (event instanceof Refused refused) {
				reject(refused);
			}
			else if (event instanceof Failed failed) {
				throw new ItemStreamException("La lecture des fichiers a échoué", failed.error());
			}
			else {
				this.finished = true; // End
			}
		}
		return null;
	}

	/** The next event; a parsing thread that died without saying so fails the step instead of hanging it. */
	private Event take() {
		try {
			while (true) {
				Event event = this.events.poll(1, TimeUnit.SECONDS);
				if (event != null) {
					return event;
				}
				if (!this.parser.isAlive() && this.events.isEmpty()) {
					throw new ItemStreamException("La lecture des fichiers s'est arrêtée sans fin de lecture");
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ItemStreamException("Lecture des fichiers interrompue", ex);
		}
	}

	/** The parsing thread: each file opened, read and closed in turn, told to the step as events. */
	private void parse(List<SourceFile> files, BlockingQueue<Event> queue) {
		try {
			for (SourceFile file : files) {
				queue.put(new Opened(file));
				queue.put(parse(file, queue));
			}
			queue.put(new End());
		}
		catch (InterruptedException ex) {
			// the step closed the reader: stop here
		}
		catch (Throwable ex) {
			// whatever ends the thread (memory exhausted, a bug) is told to the step, which fails and can be restarted
			try {
				queue.put(new Failed(ex));
			}
			catch (InterruptedException stopped) {
				// the step closed the reader meanwhile
			}
			catch (Throwable lost) {
				// not even that could be queued: the step sees the thread dead and fails
			}
		}
	}

	private Event parse(SourceFile file, BlockingQueue<Event> queue) throws InterruptedException {
		NetworkFileReader reader;
		try {
			reader = NetworkFileReader.open(file.location(), this.dictionary, this.profiles.named(file.profile()));
		}
		catch (UnreadableFileException ex) {
			return new Refused(file, ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			return new Refused(file, "Erreur inattendue à l'ouverture. Le fichier est écarté ; l'équipe de "
					+ "l'observatoire est prévenue.", ex);
		}
		List<FileRow> rows = new ArrayList<>(BATCH);
		try {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(new FileRow(file.id(), row));
				if (rows.size() == BATCH) {
					queue.put(new Rows(rows));
					rows = new ArrayList<>(BATCH);
				}
			}
			queue.put(new Rows(rows));
			return new Read(file, reader.layout(), reader.memberLayout());
		}
		catch (UnreadableFileException ex) {
			queue.put(new Rows(rows)); // as before, the rows read until the failure are kept with the verdict
			return new Refused(file, ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			queue.put(new Rows(rows));
			return new Refused(file, "Erreur inattendue pendant la lecture. Le fichier est écarté ; l'équipe de "
					+ "l'observatoire est prévenue.", ex);
		}
		finally {
			try {
				reader.close();
			}
			catch (IOException ex) {
				logger.debug("Closing {} failed", file.name(), ex);
			}
		}
	}

	/** A file that cannot be read gets its verdict; an unexpected failure is logged with its stack trace. */
	private void reject(Refused refused) {
		SourceFile file = refused.file();
		if (refused.cause() instanceof UnreadableFileException unreadable) {
			logger.warn("File {} rejected: {}{}", file.name(), refused.verdict(),
					(unreadable.getCause() != null) ? " (" + unreadable.getCause() + ")" : "");
			// the row most like a header: what the profile proposed to the analyst starts from
			unreadable.candidate().ifPresent(layout -> this.sourceFiles.markCandidate(file.id(), layout));
		}
		else {
			logger.error("File {} rejected by an unexpected failure", file.name(), refused.cause());
		}
		this.sourceFiles.reject(file.id(), refused.verdict());
	}

	@Override
	public void close() {
		if (this.parser != null) {
			this.parser.interrupt();
			try {
				this.parser.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.parser = null;
			this.events = null;
		}
	}

	/** What the parsing thread tells the step, in file order. */
	private sealed interface Event permits Opened, Rows, Read, Refused, Failed, End {
	}

	/** A file is about to be read: rows a crashed run left of it are deleted. */
	private record Opened(SourceFile file) implements Event {
	}

	private record Rows(List<FileRow> rows) implements Event {
	}

	/** A file read to its end, with the layouts found. */
	private record Read(SourceFile file, Layout poles, Optional<Layout> members) implements Event {
	}

	private record Refused(SourceFile file, String verdict, Exception cause) implements Event {
	}

	/** Something no file explains (memory exhausted, a bug): the step fails and can be restarted. */
	private record Failed(Throwable error) implements Event {
	}

	private record End() implements Event {
	}

}
