import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { APIError } from 'payload'

const graphql = GRAPHQL_POST(config)

/**
 * Payload's GraphQL handler throws the 400 it means for a body that is not JSON ("Invalid JSON") instead of
 * answering it, and Next turns that into an empty 500: answer it as Payload's REST API does.
 */
export const POST = async (request: Request): Promise<Response> => {
  try {
    return await graphql(request)
  } catch (error) {
    if (error instanceof APIError && error.status < 500) return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
    throw error
  }
}
export const OPTIONS = REST_OPTIONS(config)
