/**
 * Vietnamese letters without their tone and vowel marks, case kept: "Đỗ Thị Hường" → "Do Thi Huong".
 * Đ/đ is a letter of its own (NFD does not split it), so it is mapped by hand.
 */
export function stripVietnameseMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')
}
