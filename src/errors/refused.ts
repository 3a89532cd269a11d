import { APIError } from 'payload'

/**
 * A request refused with a reason for the person who made it (403 by default, or 400 for a bad request). The name is
 * set explicitly: Payload's REST error formatter drops the message of an error without a name, and the production
 * bundle renames classes, so `constructor.name` would be empty ("An unknown error occurred.").
 */
export class Refused extends APIError {
  constructor(message: string, status: 400 | 403 | 409 | 413 | 415 = 403) {
    super(message, status, null, true)
    this.name = 'Refused'
  }
}
