import { isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * The request to pass to a nested Local API call that reads another language: the same transaction and user, but its
 * own locale. Payload's Local API writes the locale it is given into the request it is passed, so a hook that read
 * `locale: 'all'` with the operation's own request would make the rest of that operation (a French publication, say)
 * run in another language.
 */
export const nestedRequest = (req: PayloadRequest): PayloadRequest =>
  isolateObjectProperty(req, ['locale', 'fallbackLocale'])
