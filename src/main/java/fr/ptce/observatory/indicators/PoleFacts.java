package fr.ptce.observatory.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * What is known of one pole for one observation year: the input of every indicator.
 *
 * @param poleId the pole's stable identifier
 * @param region the region's code (2016 regions)
 * @param departement the département's code
 * @param legalForm the carrier's legal form
 * @param status the status reported that year
 * @param creationYear the year it was created
 * @param laureates the State calls it won; empty when its files answer « non », {@code null} when none says
 * @param sectors its sectors
 * @param jobsCreated jobs created, as reported that year
 * @param budget annual budget in euros, as reported that year
 * @param members its member composition, when known
 */
public record PoleFacts(String poleId, String region, String departement, String legalForm, String status,
		Integer creationYear, List<String> laureates, List<String> sectors, Integer jobsCreated, BigDecimal budget,
		Composition members) {

	/** Whether the pole is active: reported that year and neither dissolved nor dormant. */
	public boolean active() {
		return this.status == null || !(this.status.equals("dissous") || this.status.equals("en sommeil"));
	}

	/**
	 * The members of a pole by category: from its list of members when a network sent one, else from the counts
	 * by category it reported.
	 *
	 * @param ess ESS enterprises (SIAE included)
	 * @param classic classic enterprises
	 * @param authorities local authorities
	 * @param research research and higher-education bodies
	 * @param training training bodies
	 * @param other public bodies, citizens and others
	 * @param siae SIAE among the ESS enterprises
	 * @param fromList whether the composition comes from a list of members (else from counts)
	 */
	public record Composition(int ess, int classic, int authorities, int research, int training, int other, int siae,
			boolean fromList) {

		public int total() {
			return this.ess + this.classic + this.authorities + this.research + this.training + this.other;
		}

		/**
		 * The composition décret n° 2015-431 requires for State support: at least three members, among them an
		 * ESS enterprise, a non-ESS enterprise, and another member of a category of article 9 of the law of 31
		 * July 2014 (local authority, research or higher-education body, training body, or other).
		 */
		public boolean meetsDecree2015431() {
			return total() >= 3 && this.ess >= 1 && this.classic >= 1
					&& (this.authorities + this.research + this.training + this.other) >= 1;
		}

	}

}
