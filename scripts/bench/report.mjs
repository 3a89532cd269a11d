// Formats benchmark results as a Markdown table. Ratios to the static file are what count between runs: this
// machine's absolute speed varies, the ratio much less.
const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–')

/** rows: [{ name, rps, p50, p99, errors, non2xx }]; static: the static file's row. */
export function resultTable(rows, reference) {
  const lines = [
    '| what | req/s | p50 ms | p99 ms | req/s vs static | p50 vs static | errors / non-2xx |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ]
  for (const row of [reference, ...rows]) {
    const rpsRatio = reference.rps > 0 ? row.rps / reference.rps : NaN
    const p50Ratio = reference.p50 > 0 ? row.p50 / reference.p50 : NaN
    lines.push(
      `| ${row.name} | ${fixed(row.rps, 1)} | ${fixed(row.p50)} | ${fixed(row.p99)} | ${row === reference ? '1' : `1/${fixed(1 / rpsRatio)}`} | ${row === reference ? '1' : `×${fixed(p50Ratio)}`} | ${row.errors} / ${row.non2xx} |`,
    )
  }
  return lines.join('\n')
}

export function keyValueTable(title, entries) {
  return [`| ${title} | |`, '|---|---:|', ...entries.map(([key, value]) => `| ${key} | ${value} |`)].join('\n')
}
