import { IMAGE_MIME_TYPES } from '../../model/assets'
import { isBase64 } from '../../text/base64'

const DATA_IMAGE_HEADER = new RegExp(`^data:(?:${IMAGE_MIME_TYPES.join('|')});base64,`)
// A relative path of unreserved or percent-encoded characters: no scheme (no colon), no query.
const RELATIVE_PATH = /^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+(?:\/(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+)*$/

/**
 * True for the only image sources an export may hold: a base64 data URI of a raster image type the
 * model allows (never SVG or HTML), or a relative path to a file written beside the page.
 */
export function isSafeImageSrc(src: string): boolean {
  const header = DATA_IMAGE_HEADER.exec(src)
  return header ? isBase64(src.slice(header[0].length)) : RELATIVE_PATH.test(src)
}
