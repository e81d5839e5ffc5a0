package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;

/**
 * The formats a network's file may come in, told by its content rather than its extension (xlsx, xls, ods, csv),
 * and what makes one unreadable, in French for the network: a library's message never reaches it.
 */
final class WorkbookFormats {

	private static final String PASSWORD_PROTECTED = "Le fichier est protégé par un mot de passe : merci de l'envoyer sans protection.";

	private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "txt", "tsv");

	private WorkbookFormats() {
	}

	/** Opens the file with the reader of its format, or says in French why it cannot be read. */
	static Workbook open(Path file) throws UnreadableFileException {
		String extension = extension(file);
		try {
			if (Files.size(file) == 0) {
				throw new UnreadableFileException("Le fichier est vide.");
			}
			FileMagic magic;
			try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
				magic = FileMagic.valueOf(in);
			}
			switch (magic) {
				case OOXML:
					return isOpenDocument(file) ? new OdsWorkbook(file) : new XlsxWorkbook(file);
				case OLE2:
					if (isEncrypted(file)) {
						throw new UnreadableFileException(PASSWORD_PROTECTED);
					}
					return new PoiWorkbook(file);
				case BIFF2, BIFF3, BIFF4:
					throw new UnreadableFileException("Le format Excel est trop ancien (Excel 2 à 4) : merci "
							+ "d'enregistrer le fichier au format .xlsx.");
				default:
					if (TEXT_EXTENSIONS.contains(extension)) {
						return new CsvWorkbook(file);
					}
					if (extension.startsWith("xls") || extension.equals("ods")) {
						throw new UnreadableFileException("Le fichier porte l'extension ." + extension
								+ " mais n'est pas un classeur (fichier texte, tronqué ou d'un autre format).");
					}
					throw new UnreadableFileException("Format de fichier non pris en charge (." + extension
							+ ") : formats acceptés .xlsx, .xlsm, .xls, .ods, .csv et .txt.");
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableFileException(PASSWORD_PROTECTED, ex);
		}
		catch (Exception ex) {
			throw new UnreadableFileException("Fichier illisible : " + describe(ex), ex);
		}
	}

	/** An OpenDocument archive names its type in its first entry, {@code mimetype}. */
	private static boolean isOpenDocument(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype == null || mimetype.getSize() > 200) {
				return false;
			}
			try (InputStream in = zip.getInputStream(mimetype)) {
				return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
					.startsWith("application/vnd.oasis.opendocument.spreadsheet");
			}
		}
	}

	private static boolean isEncrypted(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			return fs.getRoot().hasEntry("EncryptionInfo");
		}
		catch (RecordFormatException ex) {
			return false;
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * What went wrong, in French for the network: a library's own message (« zip END header not found ») never
	 * reaches it; the exception stays as the verdict's cause for the logs.
	 */
	static String describe(Throwable ex) {
		StringBuilder messages = new StringBuilder();
		String own = null;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			messages.append(cause.getClass().getSimpleName()).append(' ').append(cause.getMessage()).append(' ');
			own = (own == null && cause instanceof FileProblem) ? cause.getMessage() : own;
		}
		String all = messages.toString().toLowerCase(Locale.ROOT);
		if (all.contains("zip bomb")) {
			return "le fichier ressemble à une bombe de décompression (taux de compression anormal), refusé";
		}
		if (all.contains("exceeds the maximum") || all.contains("maximum length") || all.contains("too large")) {
			return "une partie du fichier dépasse la taille maximale acceptée";
		}
		if (own != null) {
			return own;
		}
		if (all.contains("encrypt") || all.contains("password")) {
			return "le fichier est protégé par un mot de passe : merci de l'envoyer sans protection";
		}
		if (all.contains("zip") || all.contains("header") || all.contains("eof") || all.contains("end of")
				|| all.contains("truncat") || all.contains("central directory")) {
			return "le fichier est incomplet ou endommagé (archive tronquée) : merci de l'enregistrer à nouveau depuis "
					+ "le tableur et de le renvoyer";
		}
		if (all.contains("xml") || all.contains("markup") || all.contains("prolog") || all.contains("stax")
				|| all.contains("parse") || all.contains("entity")) {
			return "le contenu du classeur est endommagé (XML invalide) : merci de l'enregistrer à nouveau depuis le "
					+ "tableur et de le renvoyer";
		}
		return "le fichier est endommagé ou d'un format inattendu : merci de l'enregistrer à nouveau au format .xlsx "
				+ "et de le renvoyer";
	}

}
