/**
 * The id of a relationship value, whether Payload gave it populated (`{ id }`, at depth > 0) or as the id itself; any
 * other value comes back as it is.
 */
export const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in (value as object) ? (value as { id: unknown }).id : value
