package fr.ptce.observatory.normalisation;

import java.util.Optional;

/**
 * Reads a SIRET or SIREN as typed in a cell: spaces, dots and dashes tolerated; a 13-digit value that lost its
 * leading zero in a numeric cell is restored when the restored SIRET is valid.
 */
public final class Identifiers {

	/**
	 * @param siret the valid SIRET, or {@code null}
	 * @param siren the SIREN (from the SIRET, or given alone and valid), or {@code null}
	 * @param warning what the network is told, in French, when the value was set aside or repaired
	 */
	public record Checked(String siret, String siren, Optional<String> warning) {
	}

	private Identifiers() {
	}

	/** The SIRET column of a row ({@code null} when absent), its warning added to the row's. */
	static Checked siretOf(String raw, java.util.List<FieldWarning> warnings) {
		if (raw == null) {
			return new Checked(null, null, Optional.empty());
		}
		Checked checked = siret(raw);
		checked.warning()
			.ifPresent(message -> warnings.add(new FieldWarning(fr.ptce.observatory.ingestion.Field.SIRET, message)));
		return checked;
	}

	public static Checked siret(String raw) {
		String digits = Siret.digits(raw).orElse("");
		Optional<String> warning = Optional.empty();
		if (digits.length() == 13 && Siret.isValidSiret("0" + digits)) {
			digits = "0" + digits;
			warning = Optional.of("SIRET « " + raw + " » : zéro initial restauré.");
		}
		else if (digits.length() == 8 && Siret.isValidSiren("0" + digits)) {
			digits = "0" + digits;
			warning = Optional.of("SIREN « " + raw + " » : zéro initial restauré.");
		}
		if (Siret.isValidSiret(digits)) {
			return new Checked(digits, digits.substring(0, 9), warning);
		}
		if (Siret.isValidSiren(digits)) {
			return new Checked(null, digits, warning);
		}
		return new Checked(null, null, Optional.of("SIRET « " + raw
				+ " » invalide (14 chiffres avec clé de contrôle attendus) : ignoré."));
	}

}
