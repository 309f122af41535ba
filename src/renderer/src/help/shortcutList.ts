/**
 * Every keyboard shortcut the app answers, grouped as the shortcut list shows them. Each entry names
 * the i18n key of what it does; the e2e suite presses each one, so the list cannot promise a key that
 * does nothing.
 */
export const SHORTCUT_GROUPS = [
  {
    group: 'file',
    items: [
      { keys: ['Ctrl+N'], action: 'new' },
      { keys: ['Ctrl+O'], action: 'open' },
      { keys: ['Ctrl+S'], action: 'save' },
      { keys: ['Ctrl+Shift+S'], action: 'saveAs' },
    ],
  },
  {
    group: 'edit',
    items: [
      { keys: ['Ctrl+Z'], action: 'undo' },
      { keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], action: 'redo' },
      { keys: ['Ctrl+X'], action: 'cut' },
      { keys: ['Ctrl+C'], action: 'copy' },
      { keys: ['Ctrl+V'], action: 'paste' },
      { keys: ['Ctrl+A'], action: 'selectAll' },
      { keys: ['Ctrl+F'], action: 'find' },
      { keys: ['Ctrl+H'], action: 'replace' },
      { keys: ['F3'], action: 'findNext' },
      { keys: ['Shift+F3'], action: 'findPrevious' },
    ],
  },
  {
    group: 'format',
    items: [
      { keys: ['Ctrl+B'], action: 'bold' },
      { keys: ['Ctrl+I'], action: 'italic' },
      { keys: ['Ctrl+U'], action: 'underline' },
      { keys: ['Ctrl+L'], action: 'alignLeft' },
      { keys: ['Ctrl+E'], action: 'alignCenter' },
      { keys: ['Ctrl+R'], action: 'alignRight' },
      { keys: ['Ctrl+J'], action: 'alignJustify' },
      { keys: ['Ctrl+K'], action: 'link' },
      { keys: ['Ctrl+Shift+7'], action: 'orderedList' },
      { keys: ['Ctrl+Shift+8'], action: 'bulletList' },
      { keys: ['Ctrl+Alt+1', 'Ctrl+Alt+2', 'Ctrl+Alt+3'], action: 'headings' },
      { keys: ['Ctrl+Alt+0'], action: 'paragraph' },
      { keys: ['Shift+Enter'], action: 'lineBreak' },
    ],
  },
  {
    group: 'view',
    items: [
      { keys: ['Ctrl+='], action: 'zoomIn' },
      { keys: ['Ctrl+-'], action: 'zoomOut' },
      { keys: ['Ctrl+0'], action: 'zoomReset' },
      { keys: ['F1'], action: 'shortcuts' },
    ],
  },
] as const
