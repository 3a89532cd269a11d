// The benchmark's yardstick: serves one file for every request, read from disk each time, as a static host would.
import { createReadStream, statSync } from 'node:fs'
import http from 'node:http'

const [file, port] = process.argv.slice(2)
const size = statSync(file).size
http
  .createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': size })
    createReadStream(file).pipe(response)
  })
  .listen(Number(port), '127.0.0.1')
process.on('SIGTERM', () => process.exit(0))
