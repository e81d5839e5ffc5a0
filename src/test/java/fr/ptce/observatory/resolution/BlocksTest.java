package fr.ptce.observatory.resolution;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.ptce.observatory.normalisation.Names;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blocking, and what a record scored before its batch met: the poles filed since under its keys are those it meets
 * on top, until one of its words fills up and is no key any more; acronyms and initials.
 */
class BlocksTest {

	/** How names are weighed when they join a profile (no word counted: every word as rare). */
	private static final NameComparison NAMES = new WordFrequencies().scorer(MatchingSettings.bundled()).names();

	@Test
	void aRecordMeetsWhatItMetBeforeAndThePolesFiledSinceUnderItsKeys() {
		Blocks blocks = new Blocks(3, 3, Set.of(), word -> false);
		PoleProfile garrigue = pole("PTCE-000001", 1, "Garrigue Solidaire");
		blocks.add(garrigue, named(1, "Garrigue Solidaire"));
		ResolvableRecord record = named(9, "Coopérative Garrigue");

		Set<PoleProfile> met = new HashSet<>();
		Blocks.Meeting meeting = blocks.meet(record, met);
		assertThat(met).containsExactly(garrigue);
		assertThat(blocks.filedSince(meeting)).as("nothing filed since").isEmpty();

		PoleProfile cooperative = pole("PTCE-000002", 2, "Coopérative des Causses");
		blocks.add(cooperative, named(2, "Coopérative des Causses"));
		PoleProfile causses = pole("PTCE-000003", 3, "Causses Vivants");
		blocks.add(causses, named(3, "Causses Vivants"));
		// a pole met before and filed under another of the record's keys since comes again: the caller drops it
		blocks.add(garrigue, named(4, "Coopérative Garrigue Solidaire"));
		assertThat(blocks.filedSince(meeting)).containsExactlyInAnyOrder(cooperative, garrigue);
		assertThat(blocks.candidates(record)).containsExactlyInAnyOrder(garrigue, cooperative);
	}

	@Test
	void aWordThatFillsUpSinceTheMeetingMakesItStale() {
		Blocks blocks = new Blocks(2, 2, Set.of(), word -> false);
		blocks.add(pole("PTCE-000001", 1, "Garrigue Une"), named(1, "Garrigue Une"));
		blocks.add(pole("PTCE-000002", 2, "Garrigue Deux"), named(2, "Garrigue Deux"));
		Set<PoleProfile> met = new HashSet<>();
		Blocks.Meeting meeting = blocks.meet(named(9, "Garrigue"), met);
		assertThat(met).hasSize(2);

		// a third pole: the word « garrigue » is shared by more poles than the limit, no key any more
		blocks.add(pole("PTCE-000003", 3, "Garrigue Trois"), named(3, "Garrigue Trois"));
		assertThat(blocks.filedSince(meeting)).as("what the record met no longer holds").isNull();
		assertThat(blocks.candidates(named(9, "Garrigue"))).as("the fingerprint of « Garrigue » alone meets no pole")
			.isEmpty();
	}

	@Test
	void aCommonWordMeetsOnlyAFewPolesAndAGenericWordNone() {
		// « lycée » written all over the country (common), « garrigue » not: the same three poles share each
		Blocks blocks = new Blocks(10, 2, Set.of(NameTokens.stem("pole")), word -> word.equals(NameTokens.stem("lycee")));
		blocks.add(pole("PTCE-000001", 1, "Lycée Garrigue Une"), named(1, "Lycée Garrigue Une"));
		blocks.add(pole("PTCE-000002", 2, "Lycée Garrigue Deux"), named(2, "Lycée Garrigue Deux"));
		assertThat(blocks.candidates(named(9, "Lycée Mistral"))).as("two poles: within the common words' limit").hasSize(2);

		blocks.add(pole("PTCE-000003", 3, "Lycée Garrigue Trois"), named(3, "Lycée Garrigue Trois"));
		assertThat(blocks.candidates(named(9, "Lycée Mistral"))).as("three poles: over the common words' limit").isEmpty();
		assertThat(blocks.candidates(named(9, "Garrigue Mistral"))).as("a word not common: the block limit only")
			.hasSize(3);
		blocks.add(pole("PTCE-000004", 4, "Pôle Causses"), named(4, "Pôle Causses"));
		assertThat(blocks.candidates(named(9, "Pôle Mistral"))).as("a generic word of the settings is no key").isEmpty();
	}

	@Test
	void initialsMeetAnAcronymAnywhereButTheSameInitialsOnlyWithinADepartement() {
		Blocks blocks = new Blocks(10, 10, Set.of(), word -> false);
		PoleProfile meuse = pole("PTCE-000001", placed(1, "Coopérative Bois Meuse", Set.of(), "55"));
		PoleProfile acronym = pole("PTCE-000002", placed(2, "CBM", Set.of("cbm"), "55"));
		blocks.add(meuse, placed(1, "Coopérative Bois Meuse", Set.of(), "55"));
		blocks.add(acronym, placed(2, "CBM", Set.of("cbm"), "55"));

		assertThat(blocks.candidates(placed(9, "Le CBM", Set.of("cbm"), "13")))
			.as("an acronym meets the acronym and the initials anywhere").containsExactlyInAnyOrder(meuse, acronym);
		assertThat(blocks.candidates(placed(9, "Collectif Bâtir Mieux", Set.of(), "13")))
			.as("initials meet the acronym anywhere, the same initials of another département not").containsExactly(acronym);
		assertThat(blocks.candidates(placed(9, "Compagnie Bocagère Meusienne", Set.of(), "55")))
			.as("the same initials within the département").containsExactlyInAnyOrder(meuse, acronym);
		assertThat(blocks.candidates(placed(9, "Compagnie Bocagère Meusienne", Set.of(), null)))
			.as("initials without a département: the acronym only").containsExactly(acronym);
	}

	@Test
	void twoRecordsMeetAlikeEitherWayRound() {
		Blocks blocks = new Blocks(10, 10, Set.of(), word -> false);
		List<ResolvableRecord> records = List.of(placed(1, "Coopérative Bois Meuse", Set.of(), "55"),
				placed(2, "CBM", Set.of("cbm"), "55"), placed(3, "Le CBM", Set.of("cbm"), "13"),
				placed(4, "Collectif Bâtir Mieux", Set.of(), "13"), placed(5, "Compagnie Bocagère Meusienne", Set.of(), "55"),
				placed(6, "Compagnie Bocagère Meusienne", Set.of(), null), placed(7, "Atelier Bois", Set.of("cbm"), null));
		int meetings = 0;
		for (ResolvableRecord a : records) {
			for (ResolvableRecord b : records) {
				boolean aMeetsB = !Collections.disjoint(blocks.meetingKeys(a), blocks.keys(b));
				assertThat(aMeetsB).as("%s meets %s as %s meets it", a.name(), b.name(), b.name())
					.isEqualTo(!Collections.disjoint(blocks.meetingKeys(b), blocks.keys(a)));
				meetings += (aMeetsB && a != b) ? 1 : 0;
			}
		}
		// the three acronyms together (3 pairs), each with the four names of these initials (12), the two names of
		// these initials in the Meuse (1), the same name placed and not (1)
		assertThat(meetings).as("pairs that meet (each twice)").isEqualTo(2 * 17);
	}

	private static PoleProfile pole(String id, ResolvableRecord record) {
		PoleProfile pole = new PoleProfile(id);
		pole.add(record, NAMES);
		return pole;
	}

	private static ResolvableRecord placed(long file, String name, Set<String> acronyms, String departement) {
		return new ResolvableRecord(file, file, name, NameTokens.of(name), Names.matchingKey(name), acronyms,
				NameTokens.initials(name), Set.of(), null, false, null, null, null, null, departement, null, null, Set.of(),
				Set.of());
	}

	private static PoleProfile pole(String id, long file, String name) {
		PoleProfile pole = new PoleProfile(id);
		pole.add(named(file, name), NAMES);
		return pole;
	}

	private static ResolvableRecord named(long file, String name) {
		return new ResolvableRecord(file, file, name, NameTokens.of(name), Names.matchingKey(name), Set.of(), null, Set.of(),
				null, false, null, null, null, null, null, null, null, Set.of(), Set.of());
	}


}
