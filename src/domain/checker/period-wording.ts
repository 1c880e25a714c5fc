// Wording around a period phrase that changes what it means, as data the stale-period rule reads.

/** A sentence that compares: the previous period or the same period last year may be named in it. */
export const COMPARING = /so\s+với|cùng\s+kỳ|kỳ\s+trước|(?:tăng|giảm)\s+(?:thêm\s+)?(?:\d|gần|hơn|trên|khoảng|so)|bằng\s+\d|gấp\s+\d/iu;

/**
 * A citation or a law in the clause before the phrase: the year is the document's own ("Kế hoạch số 44/KH-UBND
 * ngày 03/6/2021 về … chỉ số PCI năm 2021", "Luật Ngân sách nhà nước năm 2015").
 */
export const CITATION =
  /\d+\s*\/\s*(?:\d{4}\s*\/\s*)?[A-ZĐ]{1,}|ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\bLuật\s|\bBộ\s+luật\s|\bHiến\s+pháp\b|\bNghị\s+quyết\s+(?:Đại\s+hội|số)/u;

/** "từ năm 2015", "trước năm 2020", "kể từ", "đến năm 2030": a point in time, not the period reported on. */
export const TIME_ANCHOR = /(?:^|\s)(?:từ|kể\s+từ|trước|sau|đến|tới|cuối|đầu|vào)\s*$/iu;
