import type { StatusPart } from './statusText'

/** A translated sentence with the officer's own names in it marked as Vietnamese, for screen readers. */
export function OwnWords({ parts }: { parts: StatusPart[] }) {
  return parts.map((part, i) =>
    part.own ? (
      <span key={i} lang="vi">
        {part.text}
      </span>
    ) : (
      part.text
    ),
  )
}
