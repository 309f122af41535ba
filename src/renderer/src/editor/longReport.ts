/**
 * Top-level blocks past which a report is long (the reference report has about 180): its off-screen
 * blocks are then not laid out until they come near the view (styles.css, `.st-editor-long`).
 */
export const LONG_REPORT_BLOCKS = 600
