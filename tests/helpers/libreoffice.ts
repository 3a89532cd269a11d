// Opens a document as LibreOffice does: converts it to PDF with `soffice --headless` and reads the PDF's text back with
// pdftotext. Each call has its own LibreOffice profile, so parallel tests do not lock each other out.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function pdfTextOf(docx: Buffer): { text: string; pdfBytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'procuresec-lo-'))
  try {
    const input = join(dir, 'tender.docx')
    writeFileSync(input, docx)
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
      { stdio: 'pipe', timeout: 120_000 },
    )
    const pdf = join(dir, 'tender.pdf')
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 30_000 })
    return { text, pdfBytes: readFileSync(pdf).length }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
