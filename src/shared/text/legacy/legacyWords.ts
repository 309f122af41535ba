/** Letters, and the Latin-1 signs the two legacy encodings use as letters (§ for Đ, µ for à…). */
export const LEGACY_WORD = /[A-Za-z\u00a1-\u00ff\u0100-\u024f\u1e00-\u1eff]+/g
/** A character either encoding could have written. */
export const LATIN1 = /[\u00a1-\u00ff]/
/** A letter no legacy encoding writes: the word is Unicode Vietnamese already (ă, đ, ơ, ư, ạ, "Đồng"). */
export const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/
