// Who is told about a review step, and what they are told. Pure: the hook sends it (SMTP when configured, otherwise
// Payload writes the message to the server log).

export type ReviewNotice = { to: 'reviewers' | 'author'; subject: string; text: string }

export function reviewNotice(args: {
  to: string
  title: string
  language: string
  comment?: string | null
  link: string
}): ReviewNotice | null {
  const { to, title, language, comment, link } = args
  const note = comment?.trim() ? `\n\nComment: ${comment.trim()}` : ''
  if (to === 'in_review') {
    return {
      to: 'reviewers',
      subject: `Review requested: ${title} (${language})`,
      text: `"${title}" (${language}) waits for your review.${note}\n\n${link}`,
    }
  }
  if (to === 'approved') {
    return {
      to: 'author',
      subject: `Approved: ${title} (${language})`,
      text: `Your change to "${title}" (${language}) was approved.${note}\n\n${link}`,
    }
  }
  if (to === 'changes_requested') {
    return {
      to: 'author',
      subject: `Changes requested: ${title} (${language})`,
      text: `A reviewer asks for changes to "${title}" (${language}).${note}\n\n${link}`,
    }
  }
  return null
}
