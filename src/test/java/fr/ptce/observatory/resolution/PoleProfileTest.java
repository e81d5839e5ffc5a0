package fr.ptce.observatory.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a pole's profile keeps of its records, kept small: the values, and how many members a record shares. */
class PoleProfileTest {

	/** How names are weighed when they join a profile (no word counted: every word as rare). */
	private static final NameComparison NAMES = new WordFrequencies().scorer(MatchingSettings.bundled()).names();

	@Test
	void aSetGrowsFromNothingToAHashSetWithoutLosingOrRepeatingAValue() {
		Set<String> values = Set.of();
		assertThat(PoleProfile.with(values, null)).as("nothing to add").isSameAs(values);
		values = PoleProfile.with(values, "44");
		values = PoleProfile.with(values, "44");
		assertThat(values).containsExactly("44");
		values = PoleProfile.with(values, "35");
		assertThat(values).containsExactlyInAnyOrder("44", "35");
		values = PoleProfile.with(values, "56");
		assertThat(values).isInstanceOf(HashSet.class).containsExactlyInAnyOrder("44", "35", "56");
		assertThat(PoleProfile.with(values, "29")).as("grown in place").isSameAs(values).contains("29");
	}

	@Test
	void theMembersARecordSharesWithAPoleAreCountedWhateverTheOrderTheyCameIn() {
		PoleProfile pole = new PoleProfile("PTCE-000001");
		assertThat(pole.hasMembers()).isFalse();
		pole.add(record(1, "44109", Set.of("mairie de nantes", "scop ouvriere", "caf")), NAMES);
		pole.add(record(2, "44109", Set.of("caf", "banque alimentaire")), NAMES);
		assertThat(pole.hasMembers()).isTrue();
		assertThat(pole.sharedMembers(Set.of("banque alimentaire", "caf", "mairie de nantes", "autre"))).isEqualTo(3);
		assertThat(pole.sharedMembers(Set.of("mairie de rennes"))).isZero();
		assertThat(pole.communes).containsExactly("44109");
		assertThat(pole.listedBy(1)).isTrue();
		assertThat(pole.listedBy(3)).isFalse();
	}

	@Test
	void eachNameJoinsWithItsWordsWeighedAsTheComparisonWeighsThem() {
		WordFrequencies words = new WordFrequencies();
		for (int i = 0; i < 9; i++) {
			words.count(List.of("ressourcerie", "nantais"), "44");
		}
		words.count(List.of("atelier", "nantais"), "44");
		NameComparison comparison = words.scorer(MatchingSettings.bundled()).names();
		PoleProfile pole = new PoleProfile("PTCE-000001");
		pole.add(named("Ressourcerie Nantais", List.of("ressourcerie", "nantais")), comparison);
		pole.add(named("Ressourcerie Nantais", List.of("ressourcerie", "nantais")), comparison);
		pole.add(named("Atelier Nantais", List.of("atelier", "nantais")), comparison);
		assertThat(pole.names).containsExactly(List.of("ressourcerie", "nantais"), List.of("atelier", "nantais"));
		assertThat(pole.nameWeights).as("one array per name, in the names' order").hasSize(2);
		assertThat(pole.nameWeights.get(0)).containsExactly(comparison.baseWeight("ressourcerie"),
				comparison.baseWeight("nantais"));
		assertThat(pole.nameWeights.get(1)).containsExactly(comparison.baseWeight("atelier"),
				comparison.baseWeight("nantais"));
		assertThat(comparison.baseWeight("atelier")).as("the rarer word weighs more")
			.isGreaterThan(comparison.baseWeight("ressourcerie"));
	}

	private static ResolvableRecord named(String name, List<String> tokens) {
		return new ResolvableRecord(1, 1, name, tokens, String.join(" ", tokens), Set.of(), null, Set.of(), null, false,
				null, null, null, null, "44", "52", null, Set.of(), Set.of());
	}

	@Test
	void membersNamedAlikeButNotTheSameHashApart() {
		assertThat(PoleProfile.hash("scop a")).isNotEqualTo(PoleProfile.hash("scop b"));
		assertThat(PoleProfile.hash("ab")).isNotEqualTo(PoleProfile.hash("ba"));
		assertThat(PoleProfile.hash("caf ")).isNotEqualTo(PoleProfile.hash("caf"));
	}

	private static ResolvableRecord record(long fileId, String commune, Set<String> members) {
		return new ResolvableRecord(fileId * 10, fileId, "Pôle Nantais", List.of("nantais"), "pole nantais", Set.of(), null,
				Set.of(), null, false, null, null, null, commune, "44", "52", null, Set.of(), members);
	}

}
