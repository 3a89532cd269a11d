import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { APIError } from 'payload'

import { tooLarge, withBoundedBody } from '@/security/requestGuard'

const graphql = GRAPHQL_POST(config)

/**
 * Payload's GraphQL handler throws the 400 it means for a body that is not JSON ("Invalid JSON") instead of
 * answering it, and Next turns that into an empty 500: answer it as Payload's REST API does.
 */
export const POST = async (request: Request): Promise<Response> => {
  const bounded = await withBoundedBody(request)
  if (!bounded) return Response.json({ errors: [{ message: tooLarge.message }] }, { status: tooLarge.status })
  try {
    return await graphql(bounded)
  } catch (error) {
    if (error instanceof APIError && error.status < 500)
      return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
    throw error
  }
}
export const OPTIONS = REST_OPTIONS(config)
