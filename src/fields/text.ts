import type { RichTextField, TextareaField, TextField } from 'payload'

import { L } from '@/translations/admin/labels'
import { TEXT_LIMITS } from './limits'

type Overrides<F> = Partial<Omit<F, 'type'>>

/** The translatable title of a document (a reference names it `label`). */
export const titleField = (overrides: Overrides<TextField> = {}): TextField =>
  ({
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    maxLength: TEXT_LIMITS.title,
    label: L('field.title'),
    ...overrides,
  }) as TextField

/** The translatable short summary shown in lists and cards. */
export const summaryField = (overrides: Overrides<TextareaField> = {}): TextareaField =>
  ({
    name: 'summary',
    type: 'textarea',
    required: true,
    localized: true,
    maxLength: TEXT_LIMITS.summary,
    label: L('field.summary'),
    ...overrides,
  }) as TextareaField

/** The translatable long description, rich text. */
export const descriptionField = (overrides: Overrides<RichTextField> = {}): RichTextField =>
  ({
    name: 'description',
    type: 'richText',
    localized: true,
    label: L('field.description'),
    ...overrides,
  }) as RichTextField
