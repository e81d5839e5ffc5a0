package fr.ptce.observatory.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Family 10 of SPEC §5, per network, for the files that describe a year: files and rows with what became of
 * them, quarantined rows by reason, and how complete the key fields of the accepted rows are.
 */
@Repository
public class DataQuality {

	static final String UNKNOWN_NETWORK = "Réseau non identifié";

	private static final List<String[]> KEY_FIELDS = List.of(new String[] { "siren", "SIREN" },
			new String[] { "departement", "département" }, new String[] { "legal_form", "forme juridique" },
			new String[] { "status", "statut" }, new String[] { "creation_year", "année de création" });

	private final JdbcTemplate jdbc;

	DataQuality(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<IndicatorValue> of(int year) {
		List<IndicatorValue> values = new ArrayList<>();
		this.jdbc.query("""
				select coalesce(network, ?) as network, count(*) as files,
				       count(*) filter (where status = 'REJECTED') as rejected,
				       coalesce(sum(rows_read), 0) as read, coalesce(sum(rows_accepted), 0) as accepted,
				       coalesce(sum(rows_merged), 0) as merged, coalesce(sum(rows_quarantined), 0) as quarantined,
				       coalesce(sum(rows_ignored), 0) as ignored
				from source_file where observation_year = ? and status <> 'SUPERSEDED'
				group by 1 order by 1""", rs -> {
			String network = rs.getString("network");
			int files = rs.getInt("files");
			for (String[] measure : new String[][] { { "files", "fichiers reçus" }, { "rejected", "fichiers rejetés" },
					{ "read", "lignes lues" }, { "accepted", "lignes acceptées" },
					{ "merged", "lignes fusionnées avec un pôle connu" }, { "quarantined", "lignes en quarantaine" },
					{ "ignored", "lignes ignorées" } }) {
				values.add(new IndicatorValue(Indicator.QUALITE_PAR_RESEAU, network + " · " + measure[1],
						BigDecimal.valueOf(rs.getLong(measure[0])), files));
			}
		}, UNKNOWN_NETWORK, year);
		this.jdbc.query("""
				-- the reason without the value it quotes: « Pôle « … » introuvable dans la feuille des pôles »
				select regexp_replace(reason, '«[^»]*»', '« … »', 'g') as motif, count(*) as n
				from (select reason, file_id from pole_record where outcome = 'QUARANTINED'
				      union all select reason, file_id from member_record where outcome = 'QUARANTINED') q
				join source_file f on f.id = q.file_id
				where f.observation_year = ? and f.status = 'IMPORTED'
				group by 1 order by 2 desc, 1""", rs -> {
			values.add(new IndicatorValue(Indicator.QUARANTAINE_PAR_MOTIF, rs.getString("motif"),
					BigDecimal.valueOf(rs.getLong("n")), rs.getInt("n")));
		}, year);
		StringBuilder completeness = new StringBuilder("select coalesce(f.network, ?) as network, count(*) as n");
		KEY_FIELDS.forEach(field -> completeness.append(", count(r.").append(field[0]).append(") as ").append(field[0]));
		completeness.append("""
				 from pole_record r join source_file f on f.id = r.file_id
				where r.outcome in ('ACCEPTED', 'MERGED') and f.observation_year = ? and f.status = 'IMPORTED'
				group by 1 order by 1""");
		this.jdbc.query(completeness.toString(), rs -> {
			int records = rs.getInt("n");
			for (String[] field : KEY_FIELDS) {
				values.add(new IndicatorValue(Indicator.COMPLETUDE, rs.getString("network") + " · " + field[1],
						Indicators.percent(rs.getLong(field[0]), records), records));
			}
		}, UNKNOWN_NETWORK, year);
		return values;
	}

}
