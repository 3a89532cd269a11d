// Makes public/og-default.png, the default 1200×630 sharing image (run again after changing the design).
import sharp from 'sharp'

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="#0b4f8a"/>
  <rect x="60" y="60" width="1080" height="510" rx="24" fill="#ffffff"/>
  <text x="120" y="270" font-family="DejaVu Sans, Arial, sans-serif" font-size="88" font-weight="700" fill="#0b4f8a">ProcureSec</text>
  <text x="120" y="360" font-family="DejaVu Sans, Arial, sans-serif" font-size="36" fill="#1b1f24">Cybersecurity in hospital procurement</text>
  <text x="120" y="420" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="#4a5560">Good practices · requirements · evidence · 24 languages</text>
</svg>`

await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile('public/og-default.png')
console.log('wrote public/og-default.png')
