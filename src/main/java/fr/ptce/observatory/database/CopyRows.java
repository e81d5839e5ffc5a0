package fr.ptce.observatory.database;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Map;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows written in PostgreSQL's COPY text format, then copied in on the connection of the caller's transaction:
 * the fastest way PostgreSQL takes rows in. Values are escaped (backslash, tab, line breaks); {@code null} is
 * {@code \N}; a text array is written as an array literal.
 */
public final class CopyRows {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final StringBuilder text;

	private boolean rowStarted;

	private int rows;

	public CopyRows(int expectedRows) {
		this.text = new StringBuilder(expectedRows * 256);
	}

	public CopyRows add(String value) {
		separate();
		if (value == null) {
			this.text.append("\\N");
		}
		else {
			escape(value);
		}
		return this;
	}

	public CopyRows add(Object value) {
		return add((value != null) ? value.toString() : null);
	}

	/** A text array ({@code text[]}); {@code null} elements are not expected. */
	public CopyRows add(String[] values) {
		separate();
		if (values == null) {
			this.text.append("\\N");
			return this;
		}
		StringBuilder literal = new StringBuilder("{");
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		escape(literal.append('}').toString());
		return this;
	}

	/**
	 * A JSON object of text values ({@code json} or {@code jsonb}), written straight into the COPY text: the
	 * same JSON a general-purpose writer gives, without building it as a string first.
	 */
	public CopyRows addJson(Map<String, String> object) {
		separate();
		if (object == null) {
			this.text.append("\\N");
			return this;
		}
		this.text.append('{');
		boolean first = true;
		for (Map.Entry<String, String> entry : object.entrySet()) {
			if (!first) {
				this.text.append(',');
			}
			first = false;
			jsonString(entry.getKey());
			this.text.append(':');
			if (entry.getValue() == null) {
				this.text.append("null");
			}
			else {
				jsonString(entry.getValue());
			}
		}
		this.text.append('}');
		return this;
	}

	/** A JSON string, its escapes themselves escaped for COPY (a JSON {@code \n} is written {@code \\n}). */
	private void jsonString(String value) {
		this.text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> this.text.append("\\\\\"");
				case '\\' -> this.text.append("\\\\\\\\");
				case '\n' -> this.text.append("\\\\n");
				case '\r' -> this.text.append("\\\\r");
				case '\t' -> this.text.append("\\\\t");
				default -> {
					if (c < 0x20) {
						this.text.append("\\\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
					}
					else {
						this.text.append(c);
					}
				}
			}
		}
		this.text.append('"');
	}

	public CopyRows endRow() {
		this.text.append('\n');
		this.rowStarted = false;
		this.rows++;
		return this;
	}

	public int rows() {
		return this.rows;
	}

	/** Copies the rows into {@code target} ({@code table (column, …)}); returns how many were copied. */
	public long into(JdbcTemplate jdbc, String target) {
		if (this.rows == 0) {
			return 0;
		}
		Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI()
					// encoded whole: the driver encodes a Reader by pieces, and would cut a character in two at their edge
					.copyIn("copy " + target + " from stdin",
							new ByteArrayInputStream(this.text.toString().getBytes(StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return (copied != null) ? copied : 0;
	}

	private void separate() {
		if (this.rowStarted) {
			this.text.append('\t');
		}
		this.rowStarted = true;
	}

	private void escape(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
	}

}
