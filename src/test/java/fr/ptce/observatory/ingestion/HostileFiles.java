package fr.ptce.observatory.ingestion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile and broken spreadsheets for the fuzz suite: files crafted to hurt a reader (XXE, deep XML, a huge
 * shared string, invalid UTF-8, a million columns, a zip bomb, formulas without values), and mutations of the
 * sample files (bytes flipped, inserted, zeroed, files cut short) drawn from a seeded random generator.
 */
final class HostileFiles {

	static final String SHEET = "xl/worksheets/sheet1.xml";

	static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private HostileFiles() {
	}

	/** The crafted files, written into {@code folder}: name → path. */
	static Map<String, Path> crafted(Path folder) throws IOException {
		Map<String, Path> files = new LinkedHashMap<>();
		byte[] base = minimalWorkbook();
		files.put("xxe", withEntry(base, SHEET, sheet("""
				<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
				<worksheet xmlns="%s"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nom du pôle</t></is></c></row>
				<row r="2"><c r="A2" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>""".formatted(MAIN)),
				folder.resolve("xxe.xlsx")));
		StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY l0 \"rire\">");
		for (int level = 1; level <= 10; level++) {
			laughs.append("<!ENTITY l").append(level).append(" \"").append(("&l" + (level - 1) + ";").repeat(10))
				.append("\">");
		}
		laughs.append("]><worksheet xmlns=\"").append(MAIN).append("\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
				+ "<is><t>Nom du pôle</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&l10;</t></is></c>"
				+ "</row></sheetData></worksheet>");
		files.put("entites-en-cascade", withEntry(base, SHEET, sheet(laughs.toString()),
				folder.resolve("entites-en-cascade.xlsx")));
		StringBuilder deep = new StringBuilder("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom du pôle</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>");
		deep.append("<r>".repeat(200_000)).append("</r>".repeat(200_000)).append("</is></c></row></sheetData></worksheet>");
		files.put("xml-profond", withEntry(base, SHEET, sheet(deep.toString()), folder.resolve("xml-profond.xlsx")));
		String huge = "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\" count=\"2\" uniqueCount=\"2\"><si><t>Nom du pôle</t></si><si><t>"
				+ randomLetters(30_000_000) + "</t></si></sst>";
		files.put("chaine-geante", withEntry(withEntry(base, "xl/sharedStrings.xml", huge.getBytes(StandardCharsets.UTF_8)),
				SHEET, sheet("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
						+ "</sheetData></worksheet>"), folder.resolve("chaine-geante.xlsx")));
		byte[] invalid = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom du pôle</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>PTCE X")
			.getBytes(StandardCharsets.UTF_8);
		invalid = concat(invalid, new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF },
				"</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		files.put("utf8-invalide", withEntry(base, SHEET, invalid, folder.resolve("utf8-invalide.xlsx")));
		files.put("million-colonnes", withEntry(base, SHEET, sheet("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN
				+ "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom du pôle</t></is></c>"
				+ "<c r=\"BDWGN1\" t=\"inlineStr\"><is><t>colonne 1000000</t></is></c></row></sheetData></worksheet>"),
				folder.resolve("million-colonnes.xlsx")));
		files.put("formules", withEntry(base, SHEET, sheet("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN
				+ "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom du pôle</t></is></c>"
				+ "<c r=\"B1\" t=\"inlineStr\"><is><t>Code postal</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\"><f>WEBSERVICE(\"http://exemple.invalid/\")</f></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>HYPERLINK(\"http://exemple.invalid\",\"=cmd|' /C calc'!A0\")</f><v>=cmd|' /C calc'!A0</v></c></row>"
				+ "</sheetData></worksheet>"), folder.resolve("formules.xlsx")));
		byte[] spaces = new byte[400 * 1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		files.put("bombe-zip", withEntry(base, SHEET, spaces, folder.resolve("bombe-zip.xlsx")));
		spaces = null;
		Path csv = folder.resolve("million-colonnes.csv");
		Files.writeString(csv, "Nom du pôle" + ";x".repeat(1_000_000) + "\nPTCE A;1\n");
		files.put("csv-million-colonnes", csv);
		Path badCsv = folder.resolve("utf8-invalide.csv");
		Files.write(badCsv, concat("Nom du pôle;Code postal\nPTCE ".getBytes(StandardCharsets.UTF_8),
				new byte[] { (byte) 0xC3, 0x28, (byte) 0xFE, 0x00 }, ";75011\n".getBytes(StandardCharsets.UTF_8)));
		files.put("csv-utf8-invalide", badCsv);
		return files;
	}

	/** {@code cases} mutations of the seed files, written into {@code folder}. */
	static List<Path> mutations(List<Path> seeds, Path folder, long seed, int cases) throws IOException {
		Random random = new Random(seed);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < cases; i++) {
			Path source = seeds.get(random.nextInt(seeds.size()));
			byte[] bytes = Files.readAllBytes(source);
			String name = source.getFileName().toString();
			String extension = name.substring(name.lastIndexOf('.'));
			byte[] mutated = switch (random.nextInt(4)) {
				case 0 -> flip(bytes, random, 1 + random.nextInt(20));
				case 1 -> Arrays.copyOf(bytes, random.nextInt(Math.max(bytes.length, 1)));
				case 2 -> insert(bytes, random);
				default -> zero(bytes, random);
			};
			Path file = folder.resolve(String.format("mutation-%04d%s", i, extension));
			Files.write(file, mutated);
			files.add(file);
		}
		return files;
	}

	private static byte[] flip(byte[] bytes, Random random, int flips) {
		byte[] copy = bytes.clone();
		for (int i = 0; i < flips && copy.length > 0; i++) {
			copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
		}
		return copy;
	}

	private static byte[] insert(byte[] bytes, Random random) {
		int at = random.nextInt(bytes.length + 1);
		byte[] noise = new byte[1 + random.nextInt(512)];
		random.nextBytes(noise);
		return concat(Arrays.copyOf(bytes, at), noise, Arrays.copyOfRange(bytes, at, bytes.length));
	}

	private static byte[] zero(byte[] bytes, Random random) {
		byte[] copy = bytes.clone();
		if (copy.length > 0) {
			int from = random.nextInt(copy.length);
			Arrays.fill(copy, from, Math.min(copy.length, from + 1 + random.nextInt(4096)), (byte) 0);
		}
		return copy;
	}

	/** Letters drawn at random: text that compresses as real text does, not as a bomb. */
	private static String randomLetters(int length) {
		Random random = new Random(7);
		char[] letters = new char[length];
		for (int i = 0; i < length; i++) {
			letters[i] = (char) ('a' + random.nextInt(26));
		}
		return new String(letters);
	}

	private static byte[] sheet(String xml) {
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	/** A workbook as POI writes it: one sheet, a header and a row, shared strings. */
	static byte[] minimalWorkbook() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Pôles");
			sheet.createRow(0).createCell(0).setCellValue("Nom du pôle");
			sheet.createRow(1).createCell(0).setCellValue("PTCE Exemple");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The workbook with one entry replaced (or added). */
	private static byte[] withEntry(byte[] workbook, String entryName, byte[] content) throws IOException {
		Path temp = Files.createTempFile("classeur", ".xlsx");
		try {
			Files.write(temp, workbook);
			ByteArrayOutputStream result = new ByteArrayOutputStream();
			try (ZipFile zip = new ZipFile(temp.toFile()); ZipOutputStream out = new ZipOutputStream(result)) {
				boolean replaced = false;
				for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					out.putNextEntry(new ZipEntry(entry.getName()));
					if (entry.getName().equals(entryName)) {
						out.write(content);
						replaced = true;
					}
					else {
						try (InputStream in = zip.getInputStream(entry)) {
							in.transferTo(out);
						}
					}
					out.closeEntry();
				}
				if (!replaced) {
					out.putNextEntry(new ZipEntry(entryName));
					out.write(content);
					out.closeEntry();
				}
			}
			return result.toByteArray();
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** The workbook with one entry replaced (or added), written to {@code file}. */
	static Path withEntry(byte[] workbook, String entryName, byte[] content, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(withEntry(workbook, entryName, content));
		}
		return file;
	}

}
