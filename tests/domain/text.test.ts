import { capitalizeFirst, isAbbreviation, joinVietnamese, nfc, sentenceCase, upper } from "../../src/domain/text";

describe("Vietnamese text helpers", () => {
  test("NFD input becomes NFC", () => {
    const decomposed = "Đak Đoa, Hậu Giang, Trà Vinh".normalize("NFD");
    expect(decomposed).not.toBe("Đak Đoa, Hậu Giang, Trà Vinh");
    expect(nfc(decomposed)).toBe("Đak Đoa, Hậu Giang, Trà Vinh");
  });

  test("upper case keeps Vietnamese letters, also from NFD", () => {
    expect(upper("Ủy ban nhân dân huyện Đak Đoa")).toBe("ỦY BAN NHÂN DÂN HUYỆN ĐAK ĐOA");
    expect(upper("phó trưởng ban thường trực".normalize("NFD"))).toBe("PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
  });

  test("lists read 'a, b và c'", () => {
    expect(joinVietnamese([])).toBe("");
    expect(joinVietnamese(["Phòng Dân tộc"])).toBe("Phòng Dân tộc");
    expect(joinVietnamese(["Phòng Dân tộc", "Thanh tra huyện"])).toBe("Phòng Dân tộc và Thanh tra huyện");
    expect(joinVietnamese(["a", "b", "c"])).toBe("a, b và c");
    expect(joinVietnamese(["a", "b"], "hoặc")).toBe("a hoặc b");
  });

  test("capitalizeFirst changes only the first letter", () => {
    expect(capitalizeFirst("đã mở 03 chuyên mục")).toBe("Đã mở 03 chuyên mục");
    expect(capitalizeFirst("ủy ban MTTQVN")).toBe("Ủy ban MTTQVN");
  });

  test("abbreviations keep their case inside a sentence", () => {
    expect(["UBND", "TTĐT", "HĐND", "BBT", "MTTQVN"].every(isAbbreviation)).toBe(true);
    expect(["BAN", "BIÊN", "TẬP", "TỈNH", "NGHIÊNG", "TRƯỜNG"].some(isAbbreviation)).toBe(false);
    expect(sentenceCase("BAN BIÊN TẬP CỔNG TTĐT TỈNH")).toBe("Ban biên tập cổng TTĐT tỉnh");
    expect(sentenceCase("BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ")).toBe("Ban biên tập trang thông tin điện tử");
  });
});
