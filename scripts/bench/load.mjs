// One measurement with autocannon: requests per second, p50 and p99 latency, errors.
import autocannon from 'autocannon'

const summary = (result) => ({
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  requests: result.requests.total,
  errors: result.errors + result.timeouts,
  non2xx: result.non2xx,
})

export async function measure({ url, connections, duration, warmup = 20 }) {
  for (let i = 0; i < warmup; i++) await (await fetch(url)).arrayBuffer()
  return summary(await autocannon({ url, connections, duration }))
}

/** Several paths in one run, spread over the connections (for the load test). */
export async function measureMix({ baseUrl, paths, connections, duration }) {
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration,
    requests: paths.map((path) => ({ method: 'GET', path })),
  })
  return { ...summary(result), statusCodes: result.statusCodeStats }
}
