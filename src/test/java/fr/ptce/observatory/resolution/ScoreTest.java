package fr.ptce.observatory.resolution;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What evidence lets a score merge a record into a pole: a carrier carries several poles of a territory, who share its
 * members, so a carrier agreeing merges only where the names do not differ.
 */
class ScoreTest {

	private final MatchingSettings settings = MatchingSettings.bundled();

	@Test
	void twoPolesOfOneCarrierWithTheirMembersAndDifferentNamesDoNotMerge() {
		Score sameCarrier = score(MatchLevel.DIFFERENT, MatchLevel.IDENTICAL, MatchLevel.SEVERAL);
		assertThat(sameCarrier.total()).isGreaterThanOrEqualTo(this.settings.mergeAt());
		assertThat(this.settings.merges(sameCarrier)).isFalse();
		// still a question worth an analyst's time
		assertThat(sameCarrier.identityAgrees()).isTrue();
	}

	@Test
	void theirCarriersEmailDomainDoesNotMergeThemEither() {
		Score sameDomain = score(MatchLevel.DIFFERENT, MatchLevel.IDENTICAL, MatchLevel.ABSENT, MatchLevel.IDENTICAL);
		assertThat(sameDomain.total()).isGreaterThanOrEqualTo(this.settings.mergeAt());
		assertThat(this.settings.merges(sameDomain)).isFalse();
		// names sharing only places and generic words differ as much
		assertThat(this.settings.merges(score(MatchLevel.PLACE_ONLY, MatchLevel.IDENTICAL, MatchLevel.SEVERAL,
				MatchLevel.IDENTICAL))).isFalse();
		// the carrier's domain without the carrier written
		assertThat(score(MatchLevel.DIFFERENT, MatchLevel.ABSENT, MatchLevel.SEVERAL, MatchLevel.IDENTICAL)
			.identityAgreesToMerge()).isFalse();
		// a web domain alone still tells the pole where the names agree in part
		assertThat(score(MatchLevel.PARTIAL, MatchLevel.ABSENT, MatchLevel.ABSENT, MatchLevel.IDENTICAL).identityAgreesToMerge())
			.isTrue();
	}

	@Test
	void aCarrierAgreeingMergesWhereTheNameIsNotWrittenOrAgrees() {
		assertThat(this.settings.merges(score(MatchLevel.ABSENT, MatchLevel.IDENTICAL, MatchLevel.SEVERAL))).isTrue();
		assertThat(this.settings.merges(score(MatchLevel.PARTIAL, MatchLevel.IDENTICAL, MatchLevel.SEVERAL))).isTrue();
	}

	/** A score of a name level, a carrier level and a members level, in the same département. */
	private Score score(MatchLevel name, MatchLevel carrier, MatchLevel members) {
		return score(name, carrier, members, MatchLevel.ABSENT);
	}

	private Score score(MatchLevel name, MatchLevel carrier, MatchLevel members, MatchLevel domain) {
		List<Score.FieldScore> fields = List.of(field(Comparison.NAME, name), field(Comparison.ACRONYM, MatchLevel.ABSENT),
				field(Comparison.TERRITORY, MatchLevel.SAME_DEPARTEMENT), field(Comparison.CARRIER, carrier),
				field(Comparison.SIREN, MatchLevel.ABSENT), field(Comparison.DOMAIN, domain),
				field(Comparison.MEMBERS, members));
		return new Score(fields.stream().mapToDouble(Score.FieldScore::weight).sum(), fields);
	}

	private Score.FieldScore field(Comparison comparison, MatchLevel level) {
		return new Score.FieldScore(comparison.key(), level, this.settings.weight(comparison, level));
	}

}
