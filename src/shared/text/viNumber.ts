/** A number as Vietnamese text writes it: "1.024", "63.000" (dot thousands, comma decimals). */
export const viNumber = (n: number): string => n.toLocaleString('vi-VN')
