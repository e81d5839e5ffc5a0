package fr.ptce.observatory.database;

import java.sql.Array;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a network writes comes back from PostgreSQL as it was written, whatever its characters, after COPY.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopyRowsTest {

	EmbeddedPostgres postgres;

	JdbcTemplate jdbc;

	@BeforeAll
	void start() throws Exception {
		this.postgres = EmbeddedPostgres.start();
		this.jdbc = new JdbcTemplate(this.postgres.getPostgresDatabase());
		this.jdbc.execute("create table copied (id bigint, label text, tags text[], amount numeric, flag boolean)");
	}

	@AfterAll
	void stop() throws Exception {
		this.postgres.close();
	}

	@Test
	void textArraysNullsNumbersAndBooleansSurviveWhateverTheirCharacters() {
		String awkward = "Lyon \\ Villeurbanne\t« guillemets \" » {accolades}, virgule\nligne 2\r";
		this.jdbc.execute("truncate copied");
		try (CopyRows rows = CopyRows.into(this.jdbc, "copied (id, label, tags, amount, flag)")) {
			rows.add(1L).add(awkward).add(new String[] { awkward, "NULL", "", "a,b" }).add("1234.50").add(true).endRow();
			rows.add(2L).add((String) null).add(new String[0]).add((Object) null).add(false).endRow();
			assertThat(rows.finish()).isEqualTo(2);
		}

		List<Map<String, Object>> stored = this.jdbc.queryForList("select * from copied order by id");
		assertThat(stored.get(0)).containsEntry("label", awkward).containsEntry("flag", true);
		assertThat(stored.get(0).get("amount").toString()).isEqualTo("1234.50");
		assertThat(array(stored.get(0).get("tags"))).containsExactly(awkward, "NULL", "", "a,b");
		assertThat(stored.get(1)).containsEntry("label", null).containsEntry("amount", null).containsEntry("flag", false);
		assertThat(array(stored.get(1).get("tags"))).isEmpty();
	}

	@Test
	void aNulCharacterOfADamagedCellIsLeftOutRatherThanFailingTheCopy() {
		this.jdbc.execute("truncate copied");
		try (CopyRows rows = CopyRows.into(this.jdbc, "copied (id, label, tags, amount, flag)")) {
			rows.add(3L).add("Pôle\u0000 Garrigue").add(new String[] { "a\u0000b" }).add((Object) null).add(true).endRow();
			assertThat(rows.finish()).isEqualTo(1);
		}

		assertThat(this.jdbc.queryForObject("select label from copied where id = 3", String.class)).isEqualTo("Pôle Garrigue");
	}

	@Test
	void aCharacterOutsideTheBasicPlaneSurvivesWhereverItFallsInTheText() {
		// the smiley's two halves sit on either side of the 65,536th character of the COPY text
		String label = "a".repeat(65_533) + "\uD83D\uDE00 fin";
		this.jdbc.execute("truncate copied");
		try (CopyRows rows = CopyRows.into(this.jdbc, "copied (id, label, tags, amount, flag)")) {
			rows.add(7L).add(label).add(new String[0]).add((Object) null).add(true).endRow();
			rows.finish();
		}

		assertThat(this.jdbc.queryForObject("select label from copied where id = 7", String.class)).isEqualTo(label);
	}

	@Test
	void aJsonObjectOfTextComesBackAsAGeneralWriterWouldHaveWrittenIt() throws Exception {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("Nom du pôle", "PTCE « Lyon \\ Villeurbanne »\tligne\nsuite\r \"cité\" \u0001 /");
		cells.put("Clé \"guillemets\"", null);
		cells.put("", "");
		this.jdbc.execute("create table if not exists copied_json (id bigint, cells json)");
		try (CopyRows rows = CopyRows.into(this.jdbc, "copied_json (id, cells)")) {
			rows.add(1L).addJson(cells).endRow();
			rows.finish();
		}

		String stored = this.jdbc.queryForObject("select cells::text from copied_json where id = 1", String.class);
		assertThat(stored).isEqualTo(new ObjectMapper().writeValueAsString(cells));
		assertThat(new ObjectMapper().readValue(stored, LinkedHashMap.class)).isEqualTo(cells);
	}

	@Test
	void rowsSentByPiecesAllArriveInTheirOrderWithTheirMultiByteCharacters() {
		// 20,000 rows of about 100 bytes: some thirty pieces sent while the rows are written, accents on every edge
		this.jdbc.execute("truncate copied");
		try (CopyRows rows = CopyRows.into(this.jdbc, "copied (id, label, tags, amount, flag)")) {
			for (long id = 0; id < 20_000; id++) {
				rows.add(id).add("é".repeat((int) (id % 97)) + "\uD83D\uDE00" + id).add(new String[0]).add((Object) null)
					.add(id % 2 == 0).endRow();
			}
			assertThat(rows.finish()).isEqualTo(20_000);
		}

		assertThat(this.jdbc.queryForObject("select count(*) from copied", Long.class)).isEqualTo(20_000);
		assertThat(this.jdbc.queryForObject("select label from copied where id = 19999", String.class))
			.isEqualTo("é".repeat(19_999 % 97) + "\uD83D\uDE00" + 19_999);
		assertThat(this.jdbc.queryForObject("select count(*) from copied where label <> repeat('é', (id % 97)::int) "
				+ "|| U&'\\+01F600' || id", Long.class)).isZero();
	}

	@Test
	void aCopyLeftUnfinishedStoresNothingAndTheConnectionServesAgain() {
		this.jdbc.execute("truncate copied");
		try (CopyRows rows = CopyRows.into(this.jdbc, "copied (id, label, tags, amount, flag)")) {
			for (long id = 0; id < 5_000; id++) {
				rows.add(id).add("ligne " + id).add(new String[0]).add((Object) null).add(true).endRow();
			}
			// a failure here, before finish(): the rows already sent are cancelled with the copy
		}

		assertThat(this.jdbc.queryForObject("select count(*) from copied", Long.class)).isZero();
	}

	@Test
	void aRowStartedAndNotEndedIsRefusedAtTheFinish() {
		try (CopyRows rows = CopyRows.into(this.jdbc, "copied (id, label, tags, amount, flag)")) {
			rows.add(1L).add("moitié");
			org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(rows::finish)
				.withMessageContaining("not ended");
		}
	}

	private static Object[] array(Object value) {
		try {
			return (Object[]) ((Array) value).getArray();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
