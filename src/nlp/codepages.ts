// The upper halves (bytes 0x80–0xFF) of the two single-byte code pages that UTF-8 text is most often
// mis-decoded with: Windows-1252 (Latin-1 but for 0x80–0x9F) and Mac OS Roman.

/** Windows-1252's 0x80–0x9F: curly quotes, dashes, €; the five unassigned bytes as the C1 controls Latin-1 reads. */
export const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** Windows-1252's 0x80–0xFF (from 0xA0 on, Latin-1's own characters). */
export const CP1252_UPPER = CP1252_HIGH + Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join("");

/** Mac OS Roman's 0x80–0xFF (0xDB as €, its meaning since 1998; 0xF0 the Apple logo in the private use area). */
export const MAC_ROMAN_UPPER =
  "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";
