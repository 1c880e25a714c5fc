// Texts built to make a careless reader slow (issue: untrusted input): each is at most the reader's own limit
// (2 MB of text, src/sources/prior-report/text-reader.ts), generated here so the repository stays small. The
// bench (`npm run bench`) times the prior-report reader on every one; the tests check what it says about them.

/** The reader's limit is 2,000,000 characters; the texts stay just under it. */
export const PATHOLOGICAL_CHARS = 1_990_000;

function fill(unit: (i: number) => string, chars = PATHOLOGICAL_CHARS): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join("").slice(0, chars);
}

const opening = "BÁO CÁO\nKết quả hoạt động Trang thông tin điện tử 6 tháng đầu năm 2021\n";

export interface PathologicalText {
  name: string;
  /** What it attacks, for the bench's output. */
  what: string;
  text: () => string;
}

export const PATHOLOGICAL_TEXTS: readonly PathologicalText[] = [
  {
    name: "abbreviations",
    what: 'một dòng "TP. Hà TP. Hà …" (viết tắt không kết thúc câu)',
    text: () => opening + "Đã đăng 5 tin bài " + fill(() => "TP. Hà "),
  },
  {
    name: "dots-after-figure",
    what: "một số liệu rồi một dãy dấu chấm dài",
    text: () => opening + "Đã đăng 242 tin bài" + ".".repeat(PATHOLOGICAL_CHARS),
  },
  {
    name: "open-parentheses",
    what: 'một số liệu rồi "(a: " lặp lại, không đóng ngoặc',
    text: () => opening + "Đã đăng 242 tin bài " + fill(() => "(a: "),
  },
  {
    name: "many-figures-one-sentence",
    what: 'câu dài với hàng nghìn "N tin bài" khác nhau',
    text: () => opening + "Trong kỳ đã đăng " + fill((i) => `${i + 1} tin bài, `),
  },
  {
    name: "figures-and-comparisons",
    what: '"tăng N tin bài so với cùng kỳ năm 2020" lặp lại trong một câu',
    text: () =>
      opening + "Đã đăng 242 tin bài, " + fill((i) => `tăng ${i % 97} tin bài so với cùng kỳ năm 2020 (cùng kỳ: ${i} tin, bài), `),
  },
  {
    name: "period-phrases",
    what: 'một câu toàn cụm kỳ ("quý I năm 2021", "tháng 5/2021"…)',
    text: () => opening + fill((i) => `quý ${["I", "II", "III", "IV"][i % 4]} năm 2021, tháng ${(i % 12) + 1}/2021 có ${i} tin bài, `),
  },
  {
    name: "sentences-at-caps",
    what: "câu dài gần 3.000 ký tự, mỗi câu gần 40 số liệu kèm so sánh và cụm kỳ",
    text: () =>
      opening +
      fill(
        () =>
          (
            "Trong 6 tháng đầu năm 2021, " +
            Array.from(
              { length: 13 },
              (_, k) => `đăng ${k + 1} tin bài (cùng kỳ năm 2020: ${k} tin, bài) tăng ${k % 7} so với quý I năm 2021, `,
            ).join("") +
            "tại TP. Hà Nội trong quý I năm 2021, ".repeat(60)
          ).slice(0, 2_900) + ". ",
      ),
  },
  {
    name: "period-phrase-sentences",
    what: "câu gần 3.000 ký tự toàn cụm kỳ, mỗi câu một số liệu",
    text: () => opening + fill(() => "Có 5 tin bài " + "trong quý I năm 2021, tháng 3/2021, ".repeat(80) + ". "),
  },
  {
    name: "short-paragraphs",
    what: 'hàng trăm nghìn đoạn ngắn "N tin bài."',
    text: () => opening + fill((i) => `${i % 1000} tin bài.\n`),
  },
  {
    name: "lines-at-cap",
    what: "gần 50.000 dòng (giới hạn), mỗi dòng một tiêu đề hoặc một câu có số liệu",
    text: () =>
      opening +
      fill(
        (i) =>
          i % 5 === 0
            ? `${(i % 9) + 1}. Kết quả thành phần ${i}\n`
            : `a) Đăng ${i} tin bài, ${i % 50} văn bản trong quý I năm 2021, tăng 3 tin bài so với kỳ trước.\n`,
        49_000 * 75,
      ).slice(0, PATHOLOGICAL_CHARS),
  },
  {
    name: "blank-lines-in-table",
    what: "một dòng bảng rồi hàng trăm nghìn dòng trống",
    text: () => opening + "STT\tĐơn vị\tTháng 1\n" + "\n".repeat(PATHOLOGICAL_CHARS - 40) + "1\tA\t5\n",
  },
  {
    name: "one-long-word",
    what: "một từ dài 2 triệu ký tự không có khoảng trắng",
    text: () => opening + "5 tin bài " + "a".repeat(PATHOLOGICAL_CHARS),
  },
  {
    name: "digits-and-separators",
    what: 'một dãy "1.1.1.1…" và "1,1,1…" dài',
    text: () => opening + "Đã đăng " + fill(() => "1.1,") + " tin bài.",
  },
  {
    name: "headings",
    what: 'hàng trăm nghìn dòng tiêu đề "I. …", "1.1. …", "a) …"',
    text: () => opening + fill((i) => ["I. Kết quả thành phần\n", "1.1. Phương hướng\n", "a) Tin bài: 5 tin bài\n"][i % 3]!),
  },
  {
    name: "appendix-rows",
    what: "một bảng phụ lục hàng chục nghìn dòng",
    text: () =>
      opening +
      "PHỤ LỤC\nSTT\tĐơn vị\tTháng 1\tTháng 2\tTháng 3\tTháng 4\tTháng 5\tTháng 6\tTổng\n" +
      fill((i) => `${i + 1}\tĐơn vị ${i}\t1\t2\t3\t4\t5\t6\t21\n`),
  },
];
