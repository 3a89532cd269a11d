// Words a visitor may search with that are not in a practice's own text. Pure: the read layer passes plain texts.

/** The names (and examples) of an asset type or threat, in the page language and in English. */
export type Names = Map<string, string[]>

/**
 * Besides its own text, a practice is found by the names and examples of the asset types and threats it is key for
 * ("λυτρισμικό", "PACS"), and on a page not in English by its English text ("ransomware", "backup" on `/pt`). The
 * index weighs these below the practice's own text, so that matches in the page language come first.
 */
export function searchAliases(
  practice: { assets: string[]; threats: string[] },
  names: Names,
  englishText: string[] = [],
): string {
  const linked = [...practice.assets, ...practice.threats].flatMap((slug) => names.get(slug) ?? [])
  return [...new Set([...linked, ...englishText].filter(Boolean))].join('\n')
}
