package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored explanation of a score (JSON list of field, level, weight, by their codes); read back with each field's
 * and level's French label beside its code.
 */
final class Explanations {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Explanations() {
	}

	static String write(Score score) {
		return JSON.writeValueAsString(score.fields());
	}

	static List<Map<String, Object>> parse(String json) {
		List<Map<String, Object>> fields = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
		for (Map<String, Object> field : fields) {
			Optional<Comparison> comparison = Comparison.ofKey(String.valueOf(field.get("field")));
			comparison.ifPresent(found -> field.put("label", found.label()));
			MatchLevel.ofCode(String.valueOf(field.get("level")))
				.ifPresent(level -> field.put("levelLabel",
						comparison.map(found -> found.levelLabel(level)).orElse(level.label())));
		}
		return fields;
	}

}
