// The public tool's page as a person (or a screen reader) finds its parts: by role and accessible name.
import type { Locator, Page } from 'playwright-core'

import type { Locale } from '@/translations/locales'
import { t } from '@/translations/t'

/** The region that lists the matching practices (its heading is visually hidden, not hidden from screen readers). */
export const resultsRegion = (page: Page, locale: Locale = 'en'): Locator =>
  page.getByRole('region', { name: t(locale, 'practicesHeading'), exact: true })

/** The result cards: the items of that region that carry a practice's heading (not the filter chips or the exports). */
export const practiceCards = (page: Page, locale: Locale = 'en'): Locator =>
  resultsRegion(page, locale)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) })

/** The line that says how many practices match (a live status). */
export const resultCountLine = (page: Page, locale: Locale = 'en'): Locator =>
  resultsRegion(page, locale).getByRole('status')
