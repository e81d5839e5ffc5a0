package fr.ptce.observatory.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.corpus.CorpusWorkbooks.Grid;
import fr.ptce.observatory.corpus.Geography.Departement;
import fr.ptce.observatory.ingestion.Field;

/**
 * The sheets around a list of poles, as networks add them: a notice, a summary per département (also the only
 * content of a summary file), a sheet of members, a hidden sheet of drop-down lists.
 */
final class SideSheets {

	/** A sheet of members and its truth: rows of members, header cell → field. */
	record MemberSheet(Grid grid, int rows, Map<String, Field> columns) {
	}

	static final List<String> NOTICE_SHEETS = List.of("Lisez-moi", "Notice", "Mode d'emploi", "À lire");

	static final List<String> SUMMARY_SHEETS = List.of("Synthèse", "Tableau de bord", "Bilan 2025", "Chiffres clés");

	private static final List<String> MEMBER_SHEETS = List.of("Membres", "Adhérents", "Feuil2", "Membres des pôles",
			"Composition");

	private SideSheets() {
	}

	/** A notice: a few lines of text about the file. */
	static Grid notice(Network network, String poleSheet) {
		Grid grid = new Grid(network.pick(NOTICE_SHEETS));
		grid.add(List.of(network.pick(List.of("Notice", "Lisez-moi", "À lire avant de remplir"))));
		grid.addBlank();
		grid.add(List.of("Ce fichier recense les pôles territoriaux de coopération économique (PTCE) connus du réseau "
				+ network.name + "."));
		grid.add(List.of("La feuille « " + poleSheet + " » compte une ligne par pôle. "
				+ "Les champs grisés sont facultatifs."));
		grid.add(List.of("Statuts possibles : émergent, actif, en sommeil, dissous."));
		grid.add(List.of("Merci de renvoyer le fichier complété avant le 31 mars 2025."));
		return grid;
	}

	/** A hidden sheet of the drop-down lists of the file. */
	static Grid lists(Network network) {
		Grid grid = new Grid("Listes");
		grid.hidden = true;
		grid.add(List.of("Statut", "Forme juridique"));
		List<String> statuses = network.style.statusSpellings();
		List<String> forms = List.of("Association", "SCIC", "SCOP", "CAE", "GIE", "Sans structure juridique");
		for (int i = 0; i < forms.size(); i++) {
			grid.add(List.of(i < statuses.size() ? statuses.get(i) : "", forms.get(i)));
		}
		return grid;
	}

	/** A summary of the poles of a list: per département, poles, active and emerging ones, jobs. */
	static Grid summaryOf(Network network, List<Pole> poles) {
		Map<Departement, int[]> counts = new LinkedHashMap<>();
		poles.stream().sorted(Comparator.comparing(p -> p.commune.departement().code())).forEach(p -> {
			int[] count = counts.computeIfAbsent(p.commune.departement(), d -> new int[4]);
			count[0]++;
			count[1] += "actif".equals(p.status) ? 1 : 0;
			count[2] += "émergent".equals(p.status) ? 1 : 0;
			count[3] += p.jobs;
		});
		return summary(network, network.pick(SUMMARY_SHEETS), counts);
	}

	/**
	 * Département | Nombre de PTCE | dont actifs | (dont émergents) | (Emplois), one row per département and a
	 * total, maybe a second table by status. {@code counts}: poles, active, emerging, jobs.
	 */
	static Grid summary(Network network, String name, Map<Departement, int[]> counts) {
		FileStyle style = network.style;
		Grid grid = new Grid(name);
		grid.add(List.of("Synthèse des PTCE par département – " + network.name + " – 2025"));
		grid.addBlank();
		boolean emerging = network.chance(0.5);
		boolean jobs = network.chance(0.6);
		List<Object> header = new ArrayList<>(List.of(network.pick(List.of("Département", "Dépt", "Départements")),
				network.pick(List.of("Nombre de PTCE", "Nb de pôles", "Nombre de pôles")), "dont actifs"));
		if (emerging) {
			header.add("dont émergents");
		}
		if (jobs) {
			header.add(network.pick(List.of("Emplois", "Emplois créés", "Emplois (total)")));
		}
		grid.headerRow = grid.add(header);
		int[] total = new int[4];
		counts.forEach((departement, count) -> {
			List<Object> row = new ArrayList<>();
			row.add(style.departement(departement, departement.code()));
			row.add(style.count(count[0]));
			row.add(style.count(count[1]));
			if (emerging) {
				row.add(style.count(count[2]));
			}
			if (jobs) {
				row.add(style.count(count[3]));
			}
			grid.add(row);
			for (int i = 0; i < 4; i++) {
				total[i] += count[i];
			}
		});
		List<Object> totalRow = new ArrayList<>(List.of(network.pick(List.of("Total", "TOTAL", "Total région")),
				style.count(total[0]), style.count(total[1])));
		if (emerging) {
			totalRow.add(style.count(total[2]));
		}
		if (jobs) {
			totalRow.add(style.count(total[3]));
		}
		grid.add(totalRow);
		if (network.chance(0.4)) {
			grid.addBlank();
			grid.add(List.of("Répartition par statut"));
			grid.add(List.of("Statut", "Nombre"));
			grid.add(List.of("Actif", style.count(total[1])));
			grid.add(List.of("Émergent", style.count(total[2])));
			grid.add(List.of("En sommeil ou dissous", style.count(total[0] - total[1] - total[2])));
		}
		return grid;
	}

	/**
	 * A sheet of the poles' members: pole and member only, or with SIRET, category, commune, year joined. A pole
	 * is named as on the sheet of poles, or by its acronym when that sheet has them.
	 */
	static MemberSheet members(Network network, List<Pole> poles, String poleSheet, boolean acronyms) {
		List<String> sheetNames = new ArrayList<>(MEMBER_SHEETS);
		sheetNames.remove(poleSheet);
		Grid grid = new Grid(network.pick(sheetNames));
		List<Field> fields = new ArrayList<>(List.of(Field.MEMBER_OF, Field.NAME));
		if (network.chance(0.5)) {
			for (Field field : List.of(Field.SIRET, Field.MEMBER_CATEGORY, Field.COMMUNE, Field.YEAR_JOINED)) {
				if (network.chance(0.6)) {
					fields.add(field);
				}
			}
		}
		if (network.chance(0.15)) {
			Collections.swap(fields, 0, 1);
		}
		Map<String, Field> truth = new LinkedHashMap<>();
		List<Object> header = new ArrayList<>();
		for (Field field : fields) {
			String text = network.style.header(network.pick(network.vocabulary.memberHeaders(field)));
			header.add(text);
			truth.put(text.strip(), field);
		}
		if (network.chance(0.3)) {
			grid.add(List.of("Membres des PTCE – " + network.name));
			if (network.chance(0.5)) {
				grid.addBlank();
			}
		}
		grid.headerRow = grid.add(header);
		int rows = 0;
		for (Pole pole : poles) {
			boolean last = pole == poles.get(poles.size() - 1);
			if (!network.chance(0.55) && !(rows == 0 && last)) {
				continue;
			}
			boolean byAcronym = acronyms && pole.acronym != null && network.chance(0.15);
			String reference = byAcronym ? pole.acronym : network.style.name(pole.name);
			for (int m = 1 + network.random.nextInt(6); m > 0; m--) {
				grid.add(member(network, pole, reference, fields));
				rows++;
			}
		}
		return new MemberSheet(grid, rows, Collections.unmodifiableMap(truth));
	}

	private static List<Object> member(Network network, Pole pole, String reference, List<Field> fields) {
		FileStyle style = network.style;
		PoleNames.Member member = network.names.member(pole.commune);
		List<Object> row = new ArrayList<>();
		for (Field field : fields) {
			row.add(switch (field) {
				case MEMBER_OF -> reference;
				case NAME -> member.name();
				case SIRET -> network.chance(0.5) ? style.siret(network.siret()) : null;
				case MEMBER_CATEGORY -> network.chance(0.9) ? member.category() : null;
				case COMMUNE -> style.commune(network.chance(0.6) ? pole.commune.name() : network.commune().name());
				case YEAR_JOINED -> network.chance(0.8)
						? style.year(pole.year + network.random.nextInt(2026 - pole.year)) : null;
				default -> throw new IllegalStateException(field.name());
			});
		}
		return row;
	}

}
