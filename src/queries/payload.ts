import config from '@payload-config'
import { getPayload } from 'payload'

/** The one Payload instance of the server process. */
export const payloadClient = () => getPayload({ config })
