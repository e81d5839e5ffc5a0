package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored explanation of a score (JSON list of field, level, weight). */
final class Explanations {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Explanations() {
	}

	static String write(Score score) {
		return JSON.writeValueAsString(score.fields());
	}

	static List<Map<String, Object>> parse(String json) {
		return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
	}

}
