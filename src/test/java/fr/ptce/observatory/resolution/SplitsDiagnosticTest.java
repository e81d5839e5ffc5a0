package fr.ptce.observatory.resolution;

import java.nio.file.Path;
import java.util.*;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.corpus.ResolutionCorpus;
import fr.ptce.observatory.corpus.ResolutionTruth;
import fr.ptce.observatory.corpus.Vocabulary;
import fr.ptce.observatory.operations.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class SplitsDiagnosticTest {
	@Autowired Runs runs;
	@Autowired JdbcTemplate jdbc;

	@Test
	void splits(@TempDir Path dir) {
		ResolutionTruth truth = ResolutionCorpus.write(dir, 11, Vocabulary.TUNING);
		TestDatabase.empty(this.jdbc);
		this.runs.importInbox(dir);
		Map<ResolutionTruth.RowKey, ResolutionTruth.PoleRow> rows = truth.poleRowsByKey();
		Map<String, Map<String, List<String>>> byTrue = new TreeMap<>();
		Map<String, Integer> classInMinority = new TreeMap<>();
		this.jdbc.query("select f.name, w.sheet, w.row_number, p.pole_id, p.match_score, p.match_rule from pole_record p join raw_row w on w.id = p.raw_row_id join source_file f on f.id = p.file_id", rs -> {
			ResolutionTruth.PoleRow row = rows.get(new ResolutionTruth.RowKey(rs.getString(1), rs.getString(2), rs.getInt(3)));
			if (row == null || rs.getString(4) == null) return;
			byTrue.computeIfAbsent(row.poleId(), k -> new TreeMap<>()).computeIfAbsent(rs.getString(4), k -> new ArrayList<>())
				.add(row.name() + " " + row.injected() + " [" + rs.getString(6) + " " + rs.getString(5) + "] " + row.network());
		});
		int shown = 0;
		for (var e : byTrue.entrySet()) {
			if (e.getValue().size() > 1 && shown++ < 25) {
				System.out.println("TRUE " + e.getKey() + " " + truth.pole(e.getKey()).name());
				e.getValue().forEach((pole, list) -> list.forEach(l -> System.out.println("   " + pole + "  " + l)));
			}
		}
	}
}
