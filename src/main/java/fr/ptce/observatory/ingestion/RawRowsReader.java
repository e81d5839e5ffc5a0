package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every discovered file of the inbox, one after the other, as raw rows. A file that cannot be read
 * gets its verdict and the next file goes on. A file is read whole or not at all: one left half read by a
 * crash has its rows deleted and is read again.
 */
public class RawRowsReader implements ItemStreamReader<FileRow> {

	private static final Logger logger = LoggerFactory.getLogger(RawRowsReader.class);

	private final SourceFiles sourceFiles;

	private final HeaderDictionary dictionary;

	private final Deque<SourceFile> files = new ArrayDeque<>();

	private SourceFile current;

	private NetworkFileReader reader;

	private final SourceProfiles profiles;

	public RawRowsReader(SourceFiles sourceFiles, HeaderDictionary dictionary, SourceProfiles profiles) {
		this.sourceFiles = sourceFiles;
		this.dictionary = dictionary;
		this.profiles = profiles;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.files.clear();
		this.files.addAll(this.sourceFiles.discovered());
	}

	@Override
	public FileRow read() {
		while (true) {
			if (this.reader == null && !openNextFile()) {
				return null;
			}
			try {
				RawRow row = this.reader.read();
				if (row != null) {
					return new FileRow(this.current.id(), row);
				}
				this.sourceFiles.markRead(this.current.id(), this.reader.layout(), this.reader.memberLayout());
			}
			catch (UnreadableFileException ex) {
				reject(ex.getMessage(), ex);
			}
			catch (RuntimeException ex) {
				reject("Erreur inattendue pendant la lecture. Le fichier est écarté ; l'équipe de l'observatoire est "
						+ "prévenue.", ex);
			}
			closeCurrent();
		}
	}

	private boolean openNextFile() {
		while (!this.files.isEmpty()) {
			this.current = this.files.poll();
			this.sourceFiles.deleteRawRows(this.current.id());
			try {
				this.reader = NetworkFileReader.open(this.current.location(), this.dictionary,
						this.profiles.named(this.current.profile()));
				return true;
			}
			catch (UnreadableFileException ex) {
				reject(ex.getMessage(), ex);
			}
			catch (RuntimeException ex) {
				reject("Erreur inattendue à l'ouverture. Le fichier est écarté ; l'équipe de "
						+ "l'observatoire est prévenue.", ex);
			}
		}
		return false;
	}

	/** A file that cannot be read gets its verdict; an unexpected failure is logged with its stack trace. */
	private void reject(String verdict, Exception ex) {
		if (ex instanceof UnreadableFileException unreadable) {
			logger.warn("File {} rejected: {}{}", this.current.name(), verdict,
					(ex.getCause() != null) ? " (" + ex.getCause() + ")" : "");
			// the row most like a header: what the profile proposed to the analyst starts from
			unreadable.candidate().ifPresent(layout -> this.sourceFiles.markCandidate(this.current.id(), layout));
		}
		else {
			logger.error("File {} rejected by an unexpected failure", this.current.name(), ex);
		}
		this.sourceFiles.reject(this.current.id(), verdict);
	}

	private void closeCurrent() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			logger.debug("Closing {} failed", this.current.name(), ex);
		}
		this.reader = null;
	}

	@Override
	public void close() {
		if (this.reader != null) {
			closeCurrent();
		}
	}

}
