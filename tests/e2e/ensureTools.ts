// The browser tests drive Debian's Chromium, check the HTML with the W3C Nu Html Checker (Java) and open the tender
// documents with LibreOffice. `npm test` sets them up itself on a machine that lacks them: as root it installs the
// Debian packages (as .ci/run does); otherwise it stops at once with the command that installs them.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

import { CHROMIUM_PATH } from '../helpers/browser'

type Tool = { name: string; present: () => boolean; packages: string[]; override?: string }

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

const TOOLS: Tool[] = [
  {
    name: 'Chromium',
    present: () => existsSync(CHROMIUM_PATH),
    packages: ['chromium'],
    override: process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : undefined,
  },
  { name: 'Java (for the Nu Html Checker)', present: () => onPath('java'), packages: ['default-jre-headless'] },
  // The tender documents are converted to PDF as Word's rival would open them, and the PDF's text is read back.
  {
    name: 'LibreOffice Writer and pdftotext',
    present: () => onPath('soffice') && onPath('pdftotext'),
    packages: ['libreoffice-writer-nogui', 'poppler-utils'],
  },
]

export function ensureTools(): void {
  const missing = TOOLS.filter((tool) => !tool.present())
  if (missing.length === 0) return
  const packages = missing.flatMap((tool) => tool.packages)
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const overridden = missing.find((tool) => tool.override)
  if (!isRoot || overridden) {
    throw new Error(
      `The browser tests need ${missing.map((tool) => tool.name).join(' and ')}, and this machine has none.\n` +
        (overridden
          ? `${overridden.override} names a file that does not exist.`
          : `Install with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`),
    )
  }
  console.log(
    `[e2e] Installing ${missing.map((tool) => tool.name).join(' and ')} (Debian packages ${packages.join(', ')})…`,
  )
  const run = (args: string[]) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  if (
    run(['update', '-qq']).status !== 0 ||
    run(['install', '-y', '-qq', ...packages]).status !== 0 ||
    missing.some((tool) => !tool.present())
  ) {
    throw new Error(
      `Installing ${packages.join(', ')} failed. Install them by hand (apt-get install -y ${packages.join(' ')}) and run the tests again.`,
    )
  }
}
