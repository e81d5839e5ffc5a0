package fr.ptce.observatory.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The inbox of a large year, for the load benchmark and the fault tests: {@code files} network workbooks
 * (.xlsx, written by POI's streaming writer), each with a {@code Pôles} sheet of the national template and a
 * {@code Membres} sheet. Poles are split across the files, a fifth of them listed by a second network under its
 * own wording; each pole listed first has {@code membersPerPole} members, drawn from a pool of organisations
 * where some (département councils, chambers) are members of many poles. Seeded: same arguments, same files.
 */
public final class LoadFiles {

	private static final String[] CATEGORIES = { "Association", "Entreprise", "Collectivité", "Recherche", "Formation" };

	private static final String[] STATUSES = { "actif", "actif", "actif", "émergent", "en sommeil" };

	private LoadFiles() {
	}

	/** Writes the files under {@code inbox}; returns the number of pole rows and member rows written. */
	public static int[] write(Path inbox, int files, int poles, int membersPerPole) throws IOException {
		SyntheticPoles synthetic = new SyntheticPoles(3);
		synthetic.newPoles(poles);
		Random random = new Random(5);
		int perFile = poles / files;
		int poleRows = 0;
		int memberRows = 0;
		for (int f = 0; f < files; f++) {
			Path file = inbox.resolve(String.format("reseau-%02d/poles-%03d-2025.xlsx", f % 20, f));
			Files.createDirectories(file.getParent());
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
					OutputStream out = Files.newOutputStream(file)) {
				Sheet sheet = workbook.createSheet("Pôles");
				cells(sheet.createRow(0), "Nom du pôle", "Sigle", "Structure porteuse", "SIRET", "Code postal", "Commune",
						"Département", "Région", "Année de création", "Statut", "Emplois créés", "Site web");
				Sheet members = workbook.createSheet("Membres");
				cells(members.createRow(0), "Pôle", "Nom du membre", "Catégorie", "Commune ou code postal",
						"Année d'adhésion");
				int row = 1;
				int memberRow = 1;
				int extra = perFile / 5;
				for (int i = 0; i < perFile + extra; i++) {
					int pole = (i < perFile) ? f * perFile + i : random.nextInt(poles);
					if (i >= perFile && pole / perFile == f) {
						continue;
					}
					SyntheticPoles.Record record = synthetic.recordOf(pole);
					cells(sheet.createRow(row++), record.name(), record.acronym(), record.carrier(),
							(record.siren() != null) ? record.siren() + "00012" : null, record.postalCode(),
							record.commune(), record.departement(), null, String.valueOf(1995 + random.nextInt(30)),
							STATUSES[random.nextInt(STATUSES.length)], String.valueOf(random.nextInt(40)),
							record.website());
					poleRows++;
					if (i < perFile) {
						for (int m = 0; m < membersPerPole; m++) {
							int organisation = (random.nextDouble() < 0.1) ? random.nextInt(100) : random.nextInt(60_000);
							String name = (organisation < 100) ? "Conseil départemental n° " + organisation
									: "Structure adhérente " + organisation;
							cells(members.createRow(memberRow++), record.name(), name,
									CATEGORIES[organisation % CATEGORIES.length], record.postalCode(),
									String.valueOf(2000 + random.nextInt(25)));
							memberRows++;
						}
					}
				}
				workbook.write(out);
			}
		}
		return new int[] { poleRows, memberRows };
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
	}

}
