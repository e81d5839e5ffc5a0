package fr.ptce.observatory.ingestion;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A corrected file replaces the network's earlier files of the same year, by the rule of its profile
 * ({@link Replacement}): they are marked « remplacé » with the name of the file that replaces them, and their rows
 * stop counting.
 */
@Repository
public class Supersession {

	private final JdbcClient jdbc;

	Supersession(JdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
	}

	/** Supersedes the earlier imported files that an imported file replaces; returns them. */
	public List<Long> supersedeEarlierFiles(SourceFile file) {
		Replacement replacement = Replacement.valueOf(this.jdbc.sql("select replacement from source_file where id = :id")
			.param("id", file.id()).query(String.class).single());
		if (replacement == Replacement.NEVER || (file.network() == null && replacement == Replacement.NETWORK_YEAR)) {
			return List.of();
		}
		List<Long> replaced = new ArrayList<>();
		this.jdbc.sql("""
				select id, name from source_file
				where network is not distinct from :network and observation_year = :year and status = 'IMPORTED'
				  and id < :id order by id""")
			.param("network", file.network())
			.param("year", file.observationYear())
			.param("id", file.id())
			.query((rs, n) -> {
				if (replacement == Replacement.NETWORK_YEAR
						|| Replacement.baseName(rs.getString("name")).equals(Replacement.baseName(file.name()))) {
					replaced.add(rs.getLong("id"));
				}
				return null;
			})
			.list();
		if (!replaced.isEmpty()) {
			this.jdbc.sql("""
					update source_file set status = 'SUPERSEDED', superseded_by = :id,
					       verdict = verdict || ' Remplacé par le fichier corrigé ' || :name || '.'
					where id = any(:replaced)""")
				.param("id", file.id())
				.param("name", file.name())
				.param("replaced", replaced.toArray(Long[]::new))
				.update();
		}
		return replaced;
	}

}
