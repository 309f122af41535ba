/** Toolbar icons drawn as inline SVG, so they never depend on which symbol fonts the computer has. */
const PATHS = {
  undo: 'M9 7H4V2M4 7c2-3 5-4 8-4a8 8 0 1 1-7.5 10.5',
  redo: 'M15 7h5V2M20 7c-2-3-5-4-8-4a8 8 0 1 0 7.5 10.5',
  bullet: 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01',
  ordered: 'M10 6h10M10 12h10M10 18h10M4 4v4M3 14h3l-3 4h3',
  alignLeft: 'M3 5h18M3 10h12M3 15h18M3 20h12',
  alignCenter: 'M3 5h18M6 10h12M3 15h18M6 20h12',
  alignRight: 'M3 5h18M9 10h12M3 15h18M9 20h12',
  alignJustify: 'M3 5h18M3 10h18M3 15h18M3 20h18',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  table: 'M3 4h18v16H3zM3 9h18M3 14h18M9 4v16M15 4v16',
  image: 'M3 4h18v16H3zM3 16l5-5 4 4 3-3 6 6M15.5 8.5h.01',
  find: 'M10.5 17a6.5 6.5 0 1 1 0-13 6.5 6.5 0 0 1 0 13zM15.5 15.5L21 21',
} as const

type IconName = keyof typeof PATHS

export function ToolIcon({ name }: { name: IconName }) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
