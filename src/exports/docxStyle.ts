import { BorderStyle } from 'docx'

// The look the Word exports share (the tender annex and the tender document).

const border = { style: BorderStyle.SINGLE, size: 4, color: '8A99A8' }

/** Every edge and inner line of a table, in the one border style. */
export const tableBorders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
}

/** The shading of header cells. */
export const HEADER_FILL = 'E8EEF4'
