package fr.ptce.observatory.reporting;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import fr.ptce.observatory.resolution.Comparison;
import fr.ptce.observatory.resolution.MatchLevel;
import fr.ptce.observatory.resolution.MatchingSettings;
import fr.ptce.observatory.resolution.ResolutionCounts;
import fr.ptce.observatory.shared.French;

/**
 * The report's methodology: how the data is gathered, how poles are told apart — written from the matching
 * settings in force (thresholds, block limit, the weight of each level) and from what resolution did with them —,
 * how a pole is counted, covered and located, and whose value is kept.
 */
final class Methodology {

	private static final DecimalFormat PROBABILITY = new DecimalFormat("0.0###",
			DecimalFormatSymbols.getInstance(Locale.FRANCE));

	private static final DecimalFormat WEIGHT = new DecimalFormat("+0.0;−0.0",
			DecimalFormatSymbols.getInstance(Locale.FRANCE));

	private Methodology() {
	}

	static void write(Document document, ReportData data) {
		document.add(new Paragraph(PdfReport.METHODOLOGY, PdfReport.HEADING));
		for (String text : List.of(
				"L'observatoire ne collecte pas lui-même les données : il agrège les fichiers que lui transmettent les "
						+ "réseaux régionaux et nationaux. Chaque ligne lue est conservée avec son fichier, sa feuille et "
						+ "son numéro de ligne ; une ligne inexploitable est mise en quarantaine avec son motif.",
				matching(data.method()),
				"Un pôle est compté pour l'année " + data.year() + " lorsqu'au moins un réseau l'a déclaré pour cette "
						+ "année d'observation (colonne « Année d'observation », sinon l'année figurant dans le nom du "
						+ "fichier, sinon l'année de réception). Il est actif si son dernier statut déclaré cette année-là "
						+ "n'est ni « dissous » ni « en sommeil ».",
				"La couverture d'un chiffre est le nombre de pôles qui ont renseigné l'information : les parts sont "
						+ "calculées sur ces seuls pôles. Le département et la région (découpage de 2016) sont déduits du "
						+ "code commune, du code postal ou du département déclarés, d'après le découpage administratif "
						+ "officiel (paquet @etalab/decoupage-administratif 6.0.0) ; la population par région est la "
						+ "population municipale de ce même découpage.",
				"Un pôle créé dans l'année a pour année de création l'année observée. Les membres d'un pôle sont "
						+ "comptés d'après sa liste de membres quand un réseau l'a transmise (feuille « Membres »), sinon "
						+ "d'après les nombres de membres par catégorie déclarés ; les SIAE sont des entreprises de l'ESS. "
						+ "La composition exigée par le décret n° 2015-431 pour le soutien de l'État : au moins trois "
						+ "membres, dont une entreprise de l'ESS, une entreprise hors ESS et un autre membre d'une "
						+ "catégorie de l'article 9 de la loi du 31 juillet 2014 (collectivité, établissement de recherche "
						+ "ou d'enseignement supérieur, organisme de formation ou autre).",
				"Quand les réseaux se contredisent sur un pôle, la valeur retenue est celle du réseau de plus haute "
						+ "priorité (profils de source), puis du fichier le plus récent. Un fichier corrigé envoyé par un "
						+ "réseau pour la même année remplace sa contribution précédente (même nom de fichier, ou un seul "
						+ "fichier par an selon le profil du réseau). Les données personnelles "
						+ "(contacts, courriels, téléphones) ne figurent dans aucune publication.")) {
			Paragraph paragraph = new Paragraph(text, PdfReport.TEXT);
			paragraph.setSpacingBefore(6);
			document.add(paragraph);
		}
		weights(document, data.method().settings());
		Paragraph counts = new Paragraph(resolved(data.method().counts()), PdfReport.TEXT);
		counts.setSpacingBefore(6);
		document.add(counts);
	}

	/** How poles are told apart, with the thresholds and limits of the settings in force. */
	private static String matching(ReportData.Method method) {
		MatchingSettings settings = method.settings();
		return "Un même pôle décrit par plusieurs réseaux est reconnu d'abord par une preuve forte : le SIREN que les "
				+ "fichiers déclarent être le sien, son numéro RNA ou la décision d'un analyste. Sinon, chaque ligne "
				+ "est comparée aux pôles connus qui partagent avec elle un mot distinctif du nom, un sigle, un SIREN, "
				+ "une commune ou un domaine (un sigle retrouve partout en France les noms dont il forme les initiales, "
				+ "et inversement, mais deux noms aux mêmes initiales ne sont rapprochés que dans un même département ; "
				+ "un mot que plus de " + PdfReport.NUMBER.format(settings.blockLimit())
				+ " pôles partagent ne sert pas à chercher, pas plus qu'un mot générique répandu dans toute la France, "
				+ "comme « lycée » ou « maison », dès que plus de " + PdfReport.NUMBER.format(settings.commonWordBlockLimit())
				+ " pôles le partagent). Chaque champ comparé tombe dans un niveau dont le poids, "
				+ "log2(m / u), est donné par le tableau ci-dessous (réglages de jobs/resolution/appariement.yml) : m "
				+ "est la probabilité de ce niveau quand les deux fiches décrivent le même pôle, u quand elles en "
				+ "décrivent deux. « PTCE » et « pôle territorial de coopération économique » sont équivalents ; fautes "
				+ "de frappe et noms tronqués sont tolérés. Le score est la somme des poids (un champ absent d'un côté "
				+ "compte 0). À partir de " + PdfReport.NUMBER.format(settings.mergeAt()) + ", la ligne rejoint le pôle ; de "
				+ PdfReport.NUMBER.format(settings.reviewAt()) + " à " + PdfReport.NUMBER.format(settings.mergeAt())
				+ ", la paire est soumise aux analystes si une preuve d'identité concorde (nom, sigle, SIREN, "
				+ "porteuse ou domaine) ; en deçà, la ligne fonde un nouveau pôle. Le territoire et les membres, qui "
				+ "disent où est un pôle et non lequel, ne suffisent jamais seuls à réunir deux pôles voisins, ni, quand "
				+ "les noms diffèrent, une même structure porteuse ou son domaine : une structure porte parfois plusieurs "
				+ "pôles. Deux "
				+ "SIREN déclarés propres à deux pôles et différents ne sont jamais fusionnés ; un pôle listé deux fois "
				+ "dans un même fichier n'est compté qu'une fois. Chaque pôle reçoit un identifiant stable "
				+ "(PTCE-000001…).";
	}

	/** The weight of each level of each comparison, as the settings in force give them. */
	private static void weights(Document document, MatchingSettings settings) {
		int levels = settings.probabilities().values().stream().mapToInt(Map::size).sum();
		PdfPTable table = PdfTables.titled(new float[] { 3, 4, 1.2f, 1.2f, 1.2f },
				"Poids des comparaisons (seuil de fusion " + PdfReport.NUMBER.format(settings.mergeAt()) + ", de revue "
						+ PdfReport.NUMBER.format(settings.reviewAt()) + ")", levels);
		PdfTables.header(table, "Champ", "Niveau", "m", "u", "Poids");
		for (Comparison comparison : Comparison.values()) {
			for (MatchLevel level : comparison.levels()) {
				MatchingSettings.Probabilities probabilities = settings.probabilities().get(comparison).get(level);
				table.addCell(PdfTables.cell(comparison.label(), PdfReport.SMALL_TEXT, Element.ALIGN_LEFT));
				table.addCell(PdfTables.cell(comparison.levelLabel(level), PdfReport.SMALL_TEXT, Element.ALIGN_LEFT));
				table.addCell(PdfTables.cell(PROBABILITY.format(probabilities.m()), PdfReport.SMALL_TEXT, Element.ALIGN_RIGHT));
				table.addCell(PdfTables.cell(PROBABILITY.format(probabilities.u()), PdfReport.SMALL_TEXT, Element.ALIGN_RIGHT));
				table.addCell(PdfTables.cell(WEIGHT.format(probabilities.weight()), PdfReport.SMALL_TEXT, Element.ALIGN_RIGHT));
			}
		}
		document.add(table);
	}

	/** What resolution did with the settings: the rows by the rule that settled them, and the review queue. */
	static String resolved(ResolutionCounts.Counts counts) {
		long rows = counts.rowsByRule().values().stream().mapToLong(Long::longValue).sum();
		StringBuilder text = new StringBuilder();
		if (rows == 0) {
			text.append("Aucune ligne de pôle n'a encore été rattachée à un pôle.");
		}
		else {
			text.append("Lignes de pôles des fichiers en vigueur : ").append(French.count(rows, "ligne", "lignes"))
				.append(", dont ");
			List<String> parts = counts.rowsByRule().entrySet().stream()
				.map(entry -> entry.getKey().wording(entry.getValue()))
				.toList();
			text.append(String.join(", ", parts)).append('.');
		}
		long decided = counts.samePairs() + counts.differentPairs();
		text.append(" File de revue : ")
			.append((counts.pendingPairs() == 0) ? "aucune paire n'attend la décision d'un analyste"
					: French.count(counts.pendingPairs(), "paire attend la décision d'un analyste",
							"paires attendent la décision d'un analyste"))
			.append(" ; ")
			.append((decided == 0) ? "aucune n'a encore été tranchée"
					: French.count(decided, "a été tranchée", "ont été tranchées") + " ("
							+ French.count(counts.samePairs(), "« même pôle »", "« même pôle »") + ", "
							+ French.count(counts.differentPairs(), "« pôles différents »", "« pôles différents »") + ")")
			.append('.');
		return text.toString();
	}

}
