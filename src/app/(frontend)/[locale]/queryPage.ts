/** Props of a page that reads the tool's query: the tool itself and its print view. */
export type QueryPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}
