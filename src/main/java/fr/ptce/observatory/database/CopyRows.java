package fr.ptce.observatory.database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.util.Assert;

/**
 * Rows copied into a table with PostgreSQL's COPY, on the connection of the caller's transaction: the fastest
 * way PostgreSQL takes rows in. Each row is written in COPY's text format and sent as it is ended, by pieces of
 * 64 KB, so that PostgreSQL stores the first rows while the next ones are written, and memory holds one piece
 * whatever the number of rows. Values are escaped (backslash, tab, line breaks); {@code null} is {@code \N}; a
 * text array is written as an array literal.
 * <p>
 * Nothing is stored until {@link #finish()}; closing without finishing cancels the copy.
 *
 * <pre>{@code
 * try (CopyRows copy = CopyRows.into(jdbc, "raw_row (file_id, cells)")) {
 *     copy.add(fileId).addJson(cells).endRow();
 *     copy.finish();
 * }
 * }</pre>
 * <p>
 * Over 250 lines because it is one streaming writer of PostgreSQL's COPY text format: the text, {@code text[]} and
 * JSON encoders write into one row buffer sent in 64 KB pieces, and their escaping rules (COPY over JSON over array
 * literal) must be read together.
 */
public final class CopyRows implements AutoCloseable {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	/** The size of the pieces sent: small enough to stay out of the old generation, large enough to be sent few. */
	private static final int PIECE = 64 * 1024;

	private final JdbcTemplate jdbc;

	private final String sql;

	private final DataSource dataSource;

	private final Connection connection;

	private final CopyIn copy;

	/** The row being written: encoded whole when ended, so that no character is ever cut in two. */
	private final StringBuilder row = new StringBuilder(512);

	private final byte[] piece = new byte[PIECE];

	private int pieceLength;

	private boolean rowStarted;

	private long rows;

	private boolean ended;

	private CopyRows(JdbcTemplate jdbc, String sql) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.dataSource = jdbc.getDataSource();
		Assert.state(this.dataSource != null, "No data source to copy into");
		this.connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			this.copy = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		}
		catch (SQLException ex) {
			DataSourceUtils.releaseConnection(this.connection, this.dataSource);
			throw translated(ex);
		}
	}

	/**
	 * Starts copying into {@code target} ({@code table (column, …)}), on the connection of the current
	 * transaction if there is one.
	 */
	public static CopyRows into(JdbcTemplate jdbc, String target) {
		return new CopyRows(jdbc, "copy " + target + " from stdin");
	}

	public CopyRows add(String value) {
		separate();
		if (value == null) {
			this.row.append("\\N");
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
			this.row.append("\\N");
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
			this.row.append("\\N");
			return this;
		}
		this.row.append('{');
		boolean first = true;
		for (Map.Entry<String, String> entry : object.entrySet()) {
			if (!first) {
				this.row.append(',');
			}
			first = false;
			jsonString(entry.getKey());
			this.row.append(':');
			if (entry.getValue() == null) {
				this.row.append("null");
			}
			else {
				jsonString(entry.getValue());
			}
		}
		this.row.append('}');
		return this;
	}

	/** A JSON string, its escapes themselves escaped for COPY (a JSON {@code \n} is written {@code \\n}). */
	private void jsonString(String value) {
		this.row.append('"');
		if (plain(value, '"')) {
			this.row.append(value);
		}
		else {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '"' -> this.row.append("\\\\\"");
					case '\\' -> this.row.append("\\\\\\\\");
					case '\n' -> this.row.append("\\\\n");
					case '\r' -> this.row.append("\\\\r");
					case '\t' -> this.row.append("\\\\t");
					default -> {
						if (c < 0x20) {
							this.row.append("\\\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
						}
						else {
							this.row.append(c);
						}
					}
				}
			}
		}
		this.row.append('"');
	}

	/** Ends the row and sends it on, with the rows before it, once a piece is full. */
	public CopyRows endRow() {
		this.row.append('\n');
		byte[] encoded = this.row.toString().getBytes(StandardCharsets.UTF_8);
		this.row.setLength(0);
		this.rowStarted = false;
		this.rows++;
		if (this.pieceLength + encoded.length > PIECE) {
			send();
		}
		if (encoded.length > PIECE) {
			write(encoded, encoded.length);
		}
		else {
			System.arraycopy(encoded, 0, this.piece, this.pieceLength, encoded.length);
			this.pieceLength += encoded.length;
		}
		return this;
	}

	public long rows() {
		return this.rows;
	}

	/** Sends the last rows and ends the copy; returns how many rows PostgreSQL stored. */
	public long finish() {
		Assert.state(!this.rowStarted, "A row was started and not ended");
		send();
		this.ended = true;
		try {
			return this.copy.endCopy();
		}
		catch (SQLException ex) {
			throw translated(ex);
		}
	}

	/** Cancels the copy if it was not finished (nothing stored), and gives the connection back. */
	@Override
	public void close() {
		try {
			if (!this.ended && this.copy.isActive()) {
				this.ended = true;
				this.copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			throw translated(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(this.connection, this.dataSource);
		}
	}

	private void send() {
		if (this.pieceLength > 0) {
			write(this.piece, this.pieceLength);
			this.pieceLength = 0;
		}
	}

	private void write(byte[] bytes, int length) {
		try {
			this.copy.writeToCopy(bytes, 0, length);
		}
		catch (SQLException ex) {
			throw translated(ex);
		}
	}

	private RuntimeException translated(SQLException ex) {
		RuntimeException translated = this.jdbc.getExceptionTranslator().translate("COPY", this.sql, ex);
		return (translated != null) ? translated : new IllegalStateException(ex);
	}

	private void separate() {
		if (this.rowStarted) {
			this.row.append('\t');
		}
		this.rowStarted = true;
	}

	private void escape(String value) {
		if (plain(value, '\\')) {
			this.row.append(value);
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.row.append("\\\\");
				case '\t' -> this.row.append("\\t");
				case '\n' -> this.row.append("\\n");
				case '\r' -> this.row.append("\\r");
				case '\0' -> {
					// PostgreSQL's text holds no NUL character (a damaged cell): it is left out
				}
				default -> this.row.append(c);
			}
		}
	}

	/** Whether the text holds no control character, no backslash and not {@code also}: it is written as it is. */
	private static boolean plain(String value, char also) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == '\\' || c == also) {
				return false;
			}
		}
		return true;
	}

}
