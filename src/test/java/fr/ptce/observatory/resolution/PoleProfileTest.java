package fr.ptce.observatory.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a pole's profile keeps of its records, kept small: the values, and how many members a record shares. */
class PoleProfileTest {

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
		PoleProfile pole = new PoleProfile("PTCE-000001", word -> 1.0);
		assertThat(pole.hasMembers()).isFalse();
		pole.add(record(1, "44109", Set.of("mairie de nantes", "scop ouvriere", "caf")));
		pole.add(record(2, "44109", Set.of("caf", "banque alimentaire")));
		assertThat(pole.hasMembers()).isTrue();
		assertThat(pole.sharedMembers(Set.of("banque alimentaire", "caf", "mairie de nantes", "autre"))).isEqualTo(3);
		assertThat(pole.sharedMembers(Set.of("mairie de rennes"))).isZero();
		assertThat(pole.communes).containsExactly("44109");
		assertThat(pole.listedBy(1)).isTrue();
		assertThat(pole.listedBy(3)).isFalse();
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
