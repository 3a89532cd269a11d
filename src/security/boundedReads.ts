// Reads through the HTTP APIs (REST, GraphQL) return at most one page of MAX_PAGE_SIZE documents: `limit=0` or
// `pagination=false` asked for everything at once (an anonymous `?limit=0&depth=10&locale=all` returned 6 MB).
// Checked where the request enters (the REST route, a GraphQL validation rule): the server's own reads (pages,
// exports, hooks) go through the Local API unbounded, and hooks share the request of the operation that runs them.
import { GraphQLError, Kind, type ASTNode, type ValidationRule } from 'graphql'

/** The most documents one read returns (the admin asks for up to 250 at a time). */
export const MAX_PAGE_SIZE = 500

export const PAGE_SIZE_MESSAGE = `A read returns at most ${MAX_PAGE_SIZE} documents: set limit from 1 to ${MAX_PAGE_SIZE} and ask for further pages with page=2, 3…`

/** Is this page request unbounded or too large (`limit` 0, above the maximum, or no pagination)? */
export function pageTooLarge(limit: unknown, pagination: unknown): boolean {
  if (pagination === false || pagination === 'false') return true
  if (limit === undefined || limit === null || limit === '') return false
  const asked = Number(limit)
  return asked === 0 || asked > MAX_PAGE_SIZE
}

/** The REST check, on the query string. */
export const restPageTooLarge = (params: URLSearchParams) =>
  pageTooLarge(params.get('limit') ?? undefined, params.get('pagination') ?? undefined)

/** The GraphQL check: `limit` and `pagination` arguments, literal or given as variables. */
export const boundedPagesRule =
  (variables: Record<string, unknown> | null | undefined): ValidationRule =>
  (context) => {
    const valueOf = (node: ASTNode | undefined): unknown => {
      if (!node) return undefined
      if (node.kind === Kind.VARIABLE) return variables?.[node.name.value]
      if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
      if (node.kind === Kind.BOOLEAN) return node.value
      return undefined
    }
    return {
      Field(node) {
        const argument = (name: string) => valueOf(node.arguments?.find((a) => a.name.value === name)?.value)
        if (pageTooLarge(argument('limit'), argument('pagination')))
          context.reportError(new GraphQLError(PAGE_SIZE_MESSAGE, { nodes: [node] }))
      },
    }
  }
