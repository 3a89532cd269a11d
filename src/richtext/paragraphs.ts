// Plain paragraphs <-> Lexical rich text (the editor's JSON), for seed data and plain-text exports.

type TextNode = { type: 'text'; text: string; version: 1; format: 0; mode: 'normal'; style: ''; detail: 0 }
type ParagraphNode = {
  type: 'paragraph'
  version: 1
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  textFormat: 0
  textStyle: ''
}
export type LexicalDocument = {
  root: { type: 'root'; version: 1; children: ParagraphNode[]; direction: 'ltr'; format: ''; indent: 0 }
}

export function paragraphsToLexical(paragraphs: string[]): LexicalDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, version: 1, format: 0, mode: 'normal', style: '', detail: 0 }],
      })),
    },
  }
}

type AnyNode = { type?: string; text?: string; children?: AnyNode[] }

/** The text of a Lexical document, one paragraph (block) per entry. */
export function lexicalToParagraphs(value: unknown): string[] {
  const root = (value as { root?: AnyNode } | null | undefined)?.root
  if (!root?.children) return []
  const textOf = (node: AnyNode): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(textOf).join('')
  return root.children.map(textOf).filter((text) => text.trim().length > 0)
}
