import { notFound } from 'next/navigation'

/** Any other path under a language is a 404 in that language. */
export default function UnknownPage(): never {
  notFound()
}
