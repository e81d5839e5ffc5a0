package fr.ptce.observatory.ingestion;

import java.util.Map;

/**
 * The source profile the observatory proposes for a file no profile claims, from what its reading found: the
 * network's folder, the sheet and header row, and each recognised column with the field it was taken for and
 * why. An analyst corrects it where the reading was wrong and accepts it; it is then saved in
 * {@code jobs/sources/} and the file read again with it.
 */
public final class ProfileProposal {

	private ProfileProposal() {
	}

	/**
	 * @param fileName the file's name relative to the inbox
	 * @param sheet the sheet of poles read, {@code null} for a text file
	 * @param headerRow the header row read
	 * @param fields each header with the field it was taken for ({@code null} when unknown)
	 * @param evidence why each recognised header was taken for its field
	 * @return the profile, in YAML, with French comments for the analyst
	 */
	public static String of(String fileName, String sheet, Integer headerRow, Map<String, Field> fields,
			Map<String, String> evidence) {
		String folder = folder(fileName);
		StringBuilder yaml = new StringBuilder();
		yaml.append("# Profil proposé par l'observatoire d'après la lecture de « ").append(fileName).append(" ».\n");
		yaml.append("# Vérifier le nom du réseau et chaque colonne, corriger si besoin, puis accepter : le profil est\n");
		yaml.append("# enregistré dans jobs/sources/ et le fichier relu avec lui.\n");
		yaml.append("reseau: ").append(quoted((folder != null) ? folder : "Réseau à nommer"))
			.append("   # le nom du réseau tel que les rapports l'affichent\n");
		if (folder != null) {
			yaml.append("dossier: ").append(quoted(folder)).append('\n');
		}
		else {
			String name = fileName.substring(fileName.lastIndexOf('/') + 1);
			yaml.append("nom-de-fichier: ").append(quoted(java.util.regex.Pattern.quote(name))).append('\n');
		}
		// a file refused for want of a header: its sheet and header row must be said, and its columns named
		boolean refused = fields.values().stream().allMatch(java.util.Objects::isNull);
		String pin = refused ? "" : "# ";
		if (sheet != null && !fileName.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(csv|txt|tsv)$")) {
			yaml.append(pin).append("feuille: ").append(quoted(sheet)).append(refused
					? "   # la feuille des pôles, que la lecture n'a pas trouvée seule\n"
					: "   # à garder seulement si le contenu ne suffit pas à trouver la feuille\n");
		}
		if (headerRow != null) {
			yaml.append(pin).append("ligne-entete: ").append(headerRow).append(refused
					? "   # la ligne qui ressemble le plus à un en-tête : à vérifier\n"
					: "   # idem : fixer la ligne d'en-tête vaudrait aussi pour les fichiers suivants\n");
		}
		yaml.append("remplacement: meme-nom   # meme-nom, reseau-annee ou jamais\n");
		yaml.append("colonnes:\n");
		fields.forEach((header, field) -> {
			if (field != null) {
				yaml.append("  ").append(quoted(header)).append(": ").append(quoted(field.templateHeader()));
				String why = evidence.get(header);
				if (why != null) {
					yaml.append("   # ").append(why.replace('\n', ' '));
				}
				yaml.append('\n');
			}
			else {
				yaml.append("  # ").append(quoted(header)).append(": non reconnue ; la nommer ici pour la lire")
					.append(refused ? " (au moins « Nom du pôle »)" : "").append('\n');
			}
		});
		return yaml.toString();
	}

	/** The inbox folder of a file, which names its network's folder; {@code null} at the inbox's root. */
	private static String folder(String fileName) {
		int slash = fileName.indexOf('/');
		return (slash > 0) ? fileName.substring(0, slash) : null;
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
