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
		CopyRows rows = new CopyRows(2);
		rows.add(1L).add(awkward).add(new String[] { awkward, "NULL", "", "a,b" }).add("1234.50").add(true).endRow();
		rows.add(2L).add((String) null).add(new String[0]).add((Object) null).add(false).endRow();

		this.jdbc.execute("truncate copied");
		assertThat(rows.into(this.jdbc, "copied (id, label, tags, amount, flag)")).isEqualTo(2);

		List<Map<String, Object>> stored = this.jdbc.queryForList("select * from copied order by id");
		assertThat(stored.get(0)).containsEntry("label", awkward).containsEntry("flag", true);
		assertThat(stored.get(0).get("amount").toString()).isEqualTo("1234.50");
		assertThat(array(stored.get(0).get("tags"))).containsExactly(awkward, "NULL", "", "a,b");
		assertThat(stored.get(1)).containsEntry("label", null).containsEntry("amount", null).containsEntry("flag", false);
		assertThat(array(stored.get(1).get("tags"))).isEmpty();
	}

	@Test
	void aCharacterOutsideTheBasicPlaneSurvivesWhereverItFallsInTheText() {
		// the smiley's two halves sit on either side of the 65,536th character of the COPY text
		String label = "a".repeat(65_533) + "\uD83D\uDE00 fin";
		CopyRows rows = new CopyRows(1);
		rows.add(7L).add(label).add(new String[0]).add((Object) null).add(true).endRow();

		this.jdbc.execute("truncate copied");
		rows.into(this.jdbc, "copied (id, label, tags, amount, flag)");

		assertThat(this.jdbc.queryForObject("select label from copied where id = 7", String.class)).isEqualTo(label);
	}

	@Test
	void aJsonObjectOfTextComesBackAsAGeneralWriterWouldHaveWrittenIt() throws Exception {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("Nom du pôle", "PTCE « Lyon \\ Villeurbanne »\tligne\nsuite\r \"cité\" \u0001 /");
		cells.put("Clé \"guillemets\"", null);
		cells.put("", "");
		CopyRows rows = new CopyRows(1);
		rows.add(1L).addJson(cells).endRow();

		this.jdbc.execute("create table if not exists copied_json (id bigint, cells json)");
		rows.into(this.jdbc, "copied_json (id, cells)");

		String stored = this.jdbc.queryForObject("select cells::text from copied_json where id = 1", String.class);
		assertThat(stored).isEqualTo(new ObjectMapper().writeValueAsString(cells));
		assertThat(new ObjectMapper().readValue(stored, LinkedHashMap.class)).isEqualTo(cells);
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
