package fr.ptce.observatory.database;

import fr.ptce.observatory.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema itself keeps the lineage file → raw row → record: a raw row cannot name a file, nor a record a raw
 * row, that was never stored; neither a raw row nor its file can go while something rests on it; the links are never
 * rewritten. Checked once per statement (V17), by triggers, where foreign keys checked every row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineageSchemaTest {

	MigratedDatabase database;

	JdbcTemplate jdbc;

	long file;

	long row;

	@BeforeAll
	void migrate() throws Exception {
		this.database = MigratedDatabase.start();
		this.jdbc = this.database.jdbc();
		this.file = this.database.storedFile("reseau.xlsx");
		this.row = this.database.rawRow(this.file, "Pôles", 2);
		this.jdbc.update("insert into pole_record (raw_row_id, file_id, outcome) values (?, ?, 'NORMALISED')", this.row,
				this.file);
		this.jdbc.update("""
				insert into member_record (raw_row_id, file_id, outcome) values (?, ?, 'NORMALISED')""", this.row,
				this.file);
	}

	@AfterAll
	void stop() throws Exception {
		this.database.close();
	}

	@Test
	void aRecordOfARawRowNeverStoredIsRefused() {
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into pole_record (raw_row_id, file_id, outcome) values (?, ?, 'NORMALISED')", this.row + 1000,
				this.file))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("a record names a raw row that is not stored (pole_record.raw_row_id)");
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into member_record (raw_row_id, file_id, outcome) values (?, ?, 'NORMALISED')",
				this.row + 1000, this.file))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("a record names a raw row that is not stored (member_record.raw_row_id)");
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into raw_row (file_id, sheet, row_number, cells) values (?, 'Pôles', 3, '{}')", this.file + 1000))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("a raw row names a file that is not stored");
	}

	@Test
	void oneBadRowRefusesItsWholeStatement() {
		long second = this.database.rawRow(this.file, "Pôles", 4);
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into pole_record (raw_row_id, file_id, outcome) values (?, ?, 'NORMALISED'), (?, ?, 'NORMALISED')""",
				second, this.file, second + 1000, this.file))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from pole_record where raw_row_id = ?", Integer.class, second))
			.isZero();
		this.jdbc.update("delete from raw_row where id = ?", second);
	}

	@Test
	void neitherTheRawRowNorTheFileOfARecordCanGo() {
		assertThatThrownBy(() -> this.jdbc.update("delete from raw_row where id = ?", this.row))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from source_file where id = ?", this.file))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from pole_record join raw_row on raw_row.id = raw_row_id "
				+ "join source_file on source_file.id = raw_row.file_id", Integer.class)).isEqualTo(1);
	}

	@Test
	void aCopyWithOneRecordOfNoStoredRowIsRefusedWhole() throws Exception {
		long good = this.database.rawRow(this.file, "Membres", 7);
		try (java.sql.Connection connection = this.database.dataSource().getConnection()) {
			org.postgresql.copy.CopyManager copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
			String rows = good + "\t" + this.file + "\tNORMALISED\n" + (good + 1000) + "\t" + this.file + "\tNORMALISED\n";
			assertThatThrownBy(() -> copy.copyIn("copy member_record (raw_row_id, file_id, outcome) from stdin",
					new java.io.StringReader(rows)))
				.hasMessageContaining("a record names a raw row that is not stored (member_record.raw_row_id)");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from member_record where raw_row_id = ?", Integer.class,
				good)).isZero();
		// a raw row with a member record alone cannot go either
		this.jdbc.update("insert into member_record (raw_row_id, file_id, outcome) values (?, ?, 'NORMALISED')", good,
				this.file);
		assertThatThrownBy(() -> this.jdbc.update("delete from raw_row where id = ?", good))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("a raw row cannot go while a record rests on it");
		this.jdbc.update("delete from member_record where raw_row_id = ?", good);
		this.jdbc.update("delete from raw_row where id = ?", good);
	}

	@Test
	void theRawRowsCannotBeEmptiedFromUnderTheirRecordsNorTheFilesFromUnderTheirRawRows() {
		assertThatThrownBy(() -> this.jdbc.execute("truncate raw_row"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("raw_row cannot be emptied while records rest on it");
		assertThatThrownBy(() -> this.jdbc.execute("truncate source_file"))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from raw_row where id = ?", Integer.class, this.row)).isOne();
	}

	@Test
	void neitherAFileNorARawRowIsRenumbered() {
		assertThatThrownBy(() -> this.jdbc.update("update source_file set id = id + 1000 where id = ?", this.file))
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("source_file keeps its number");
		assertThatThrownBy(() -> this.jdbc.update("update raw_row set id = id + 1000 where id = ?", this.row))
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("raw_row keeps its number");
	}

	@Test
	void theLinksAreNeverRewrittenAndNoKeyIsCheckedRowByRow() {
		long other = this.database.rawRow(this.file, "Pôles", 5);
		assertThatThrownBy(() -> this.jdbc.update("update pole_record set raw_row_id = ? where raw_row_id = ?", other,
				this.row))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("pole_record keeps the row it was made from");
		assertThatThrownBy(() -> this.jdbc.update("update raw_row set file_id = file_id + 1 where id = ?", this.row))
			.isInstanceOf(DataIntegrityViolationException.class);
		// other columns change freely, as resolution sets a record's outcome and pole
		assertThat(this.jdbc.update("update pole_record set outcome = 'NORMALISED' where raw_row_id = ?", this.row))
			.isOne();
		this.jdbc.update("delete from raw_row where id = ?", other);
		assertThat(this.jdbc.queryForList("""
				select conrelid::regclass::text || ' -> ' || confrelid::regclass::text from pg_constraint
				where contype = 'f' and conrelid in ('raw_row'::regclass, 'pole_record'::regclass, 'member_record'::regclass)
				  and confrelid in ('raw_row'::regclass, 'source_file'::regclass)""", String.class)).isEmpty();
	}

}
