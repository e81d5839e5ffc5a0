package fr.ptce.observatory.database;

import fr.ptce.observatory.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema keeps where each golden value came from as its foreign keys did, checked once per statement (V25): a
 * source names a stored pole and a stored raw row or none, and goes with its pole or its raw row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldSourcesSchemaTest {

	MigratedDatabase database;

	JdbcTemplate jdbc;

	long file;

	long row;

	@BeforeAll
	void migrate() throws Exception {
		this.database = MigratedDatabase.start();
		this.jdbc = this.database.jdbc();
		this.file = this.database.storedFile("reseau.xlsx");
	}

	@BeforeEach
	void aPoleWithTheSourceOfItsName() {
		this.jdbc.update("delete from pole_field_source");
		this.jdbc.update("delete from pole");
		this.jdbc.update("delete from raw_row");
		this.row = this.database.rawRow(this.file, "Pôles", 2);
		this.jdbc.update("insert into pole (id, name, name_key) values ('PTCE-000001', 'PTCE A', 'ptce a')");
		this.jdbc.update("insert into pole_field_source (pole_id, field, raw_row_id, rule) values ('PTCE-000001', 'name', ?, 'r')",
				this.row);
	}

	@AfterAll
	void stop() throws Exception {
		this.database.close();
	}

	@Test
	void aSourceOfAPoleOrARawRowNeverStoredIsRefusedWithItsWholeStatement() {
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into pole_field_source (pole_id, field, raw_row_id, rule)
				values ('PTCE-000001', 'commune', ?, 'r'), ('PTCE-000404', 'name', ?, 'r')""", this.row, this.row))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("a field source names a pole that is not stored");
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into pole_field_source (pole_id, field, raw_row_id, rule) values ('PTCE-000001', 'commune', ?, 'r')""",
				this.row + 1000))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("a field source names a raw row that is not stored");
		assertThatThrownBy(() -> this.jdbc.update("update pole_field_source set raw_row_id = ?", this.row + 1000))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("a field source names a raw row that is not stored");
		assertThat(this.jdbc.queryForList("select field from pole_field_source", String.class)).containsExactly("name");
		// an analyst's value has no raw row
		assertThat(this.jdbc.update("update pole_field_source set raw_row_id = null, rule = 'valeur fixée'")).isOne();
	}

	@Test
	void aSourceGoesWithItsPoleAndWithItsRawRow() {
		this.jdbc.update("insert into pole (id, name, name_key) values ('PTCE-000002', 'PTCE B', 'ptce b')");
		this.jdbc.update("insert into pole_field_source (pole_id, field, raw_row_id, rule) values ('PTCE-000002', 'name', ?, 'r')",
				this.row);
		this.jdbc.update("delete from pole where id = 'PTCE-000001'");
		assertThat(this.jdbc.queryForList("select pole_id from pole_field_source", String.class))
			.containsExactly("PTCE-000002");
		this.jdbc.update("delete from raw_row where id = ?", this.row);
		assertThat(this.jdbc.queryForObject("select count(*) from pole_field_source", Integer.class)).isZero();
	}

	@Test
	void anUpsertIsCheckedAndATruncateTakesTheSourcesAlong() {
		// as an analyst's value is written: insert, or update the field's source
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into pole_field_source (pole_id, field, raw_row_id, rule) values ('PTCE-000001', 'name', ?, 'r')
				on conflict (pole_id, field) do update set raw_row_id = excluded.raw_row_id""", this.row + 1000))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("a field source names a raw row that is not stored");
		this.jdbc.update("insert into pole_field_source (pole_id, field, raw_row_id, rule) values ('PTCE-000001', 'commune', null, 'valeur fixée')");
		this.jdbc.execute("truncate raw_row");
		assertThat(this.jdbc.queryForList("select field from pole_field_source", String.class))
			.as("an analyst's value rests on no raw row").containsExactly("commune");
		this.jdbc.execute("truncate pole cascade");
		assertThat(this.jdbc.queryForObject("select count(*) from pole_field_source", Integer.class)).isZero();
	}

	@Test
	void aPoleKeepsItsNumber() {
		assertThatThrownBy(() -> this.jdbc.update("update pole set id = 'PTCE-000009' where id = 'PTCE-000001'"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("pole keeps its number");
	}

}
