package vn.thidua.testing;

import java.time.LocalDate;
import vn.thidua.testing.Book.Formula;

/**
 * A clean district workbook in the template's layout (title block, two-row headers, column numbers,
 * totals and signature rows), which tests then spoil one cell at a time.
 *
 * <p>Biểu 1: header rows 6–7, numbers row 8, roads on rows 9.., totals after them. Columns: A STT,
 * B name, C hamlet, D commune, E length, F lighting, G lamps, H greenery, I clean, J cameras, K
 * sign, L–N funds, O completed, P note. Biểu 2: header row 6, actions on rows 7–9. Biểu 3: header
 * row 6, branches on rows 7–9, totals row 10. Biểu 4: header rows 6–7, nominations on rows 8–9.
 */
public final class Districts {
  private Districts() {}

  public static Book clean(String unitName, int roads) {
    Book b = new Book();
    b.sheet("Thông tin")
        .row(1, "THÔNG TIN ĐƠN VỊ BÁO CÁO")
        .row(3, "Đơn vị báo cáo", unitName)
        .row(4, "Ngày báo cáo", LocalDate.of(2020, 9, 15))
        .row(5, "Người lập biểu", "Nguyễn Thị An");
    var r =
        b.sheet("Biểu 1")
            .row(
                1,
                "HỘI LHPN TỈNH BẮC GIANG",
                null,
                null,
                null,
                null,
                null,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .row(2, unitName.toUpperCase(java.util.Locale.ROOT))
            .row(4, "BIỂU 1: KẾT QUẢ XÂY DỰNG CON ĐƯỜNG \"SÁNG - XANH - SẠCH ĐẸP - AN TOÀN\"")
            .row(
                6,
                "STT",
                "Tên con đường",
                "Thôn, tổ dân phố",
                "Xã, phường, thị trấn",
                "Chiều dài (m)",
                "Tiêu chuẩn",
                null,
                null,
                null,
                null,
                null,
                "Kinh phí (triệu đồng)",
                null,
                null,
                "Ngày hoàn thành",
                "Ghi chú")
            .row(
                7,
                null,
                null,
                null,
                null,
                null,
                "Điện chiếu sáng",
                "Số bóng điện",
                "Trồng hoa, cây xanh",
                "Sạch, không rác thải",
                "Camera an ninh",
                "Gắn biển",
                "Hội",
                "Nhân dân đóng góp",
                "Nguồn khác")
            .row(
                8, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)",
                "(12)", "(13)", "(14)", "(15)", "(16)")
            .merge("A6:A7")
            .merge("B6:B7")
            .merge("C6:C7")
            .merge("D6:D7")
            .merge("E6:E7")
            .merge("F6:K6")
            .merge("L6:N6")
            .merge("O6:O7")
            .merge("P6:P7");
    for (int i = 0; i < roads; i++) {
      r.row(
          9 + i,
          i + 1,
          "Đường Sáng - Xanh - Sạch đẹp - An toàn thôn " + (i + 1),
          "Thôn " + (i + 1),
          "Xã Số " + (i + 1),
          600 + 10 * i,
          "x",
          20,
          "x",
          "x",
          2,
          "x",
          10,
          20,
          5.5,
          LocalDate.of(2020, 6, 1 + i),
          null);
    }
    int totals = 9 + roads;
    r.row(
        totals,
        null,
        "Tổng cộng",
        null,
        null,
        new Formula("SUM(E9:E" + (totals - 1) + ")", 600 * roads + 10 * roads * (roads - 1) / 2),
        null,
        new Formula("SUM(G9:G" + (totals - 1) + ")", 20 * roads),
        null,
        null,
        2 * roads,
        null,
        10 * roads,
        20 * roads,
        5.5 * roads);
    r.row(
        totals + 2,
        null,
        "Người lập biểu",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "Bắc Giang, ngày 15 tháng 9 năm 2020");
    r.row(
        totals + 3,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "TM. BAN THƯỜNG VỤ");

    b.sheet("Biểu 2")
        .row(4, "BIỂU 2: KẾT QUẢ THỰC HIỆN CÁC HÀNH ĐỘNG THIẾT THỰC CẤP HUYỆN, CƠ SỞ")
        .row(
            6,
            "STT",
            "Tên hành động",
            "Loại hành động",
            "Cấp thực hiện",
            "Đơn vị thực hiện",
            "Số người hưởng lợi",
            "Giá trị (triệu đồng)",
            "Ngày thực hiện",
            "Ghi chú")
        .row(
            7,
            1,
            "Xây nhà cho chị A",
            "Xây dựng nhà \"Mái ấm tình thương\"",
            "Cơ sở",
            "Hội LHPN xã A",
            4,
            60,
            LocalDate.of(2020, 7, 1))
        .row(
            8,
            2,
            "Phát khẩu trang",
            "Phòng, chống dịch COVID-19",
            "Huyện",
            "Hội LHPN huyện",
            500,
            12.5,
            LocalDate.of(2020, 4, 1))
        .row(9, 3, "Câu lạc bộ", "Khác", "Cơ sở", "Hội LHPN xã B", 30, 3, LocalDate.of(2020, 8, 1));

    b.sheet("Biểu 3")
        .row(4, "BIỂU 3: CÁN BỘ, HỘI VIÊN ĐĂNG KÝ VÀ THỰC HIỆN ÍT NHẤT 01 HÀNH ĐỘNG THIẾT THỰC")
        .row(
            6,
            "STT",
            "Cơ sở Hội",
            "Tổng số cán bộ, hội viên",
            "Số đăng ký hành động",
            "Số đã thực hiện")
        .row(7, 1, "Xã A", 1000, 1000, 990)
        .row(8, 2, "Xã B", 2000, 2000, 1950)
        .row(9, 3, "Xã C", 1500, 1500, 1500)
        .row(
            10,
            null,
            "Tổng cộng",
            new Formula("SUM(C7:C9)", 4500),
            new Formula("SUM(D7:D9)", 4500),
            new Formula("SUM(E7:E9)", 4440));

    b.sheet("Biểu 4")
        .row(4, "BIỂU 4: DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")
        .row(
            6,
            "STT",
            "Hình thức",
            "Tên tập thể, cá nhân",
            "Chức vụ, đơn vị công tác",
            "Hành động thiết thực tiêu biểu",
            "Tiêu chí")
        .row(7, null, null, null, null, null, "TC1", "TC2", "TC3", "TC4", "TC5")
        .merge("A6:A7")
        .merge("B6:B7")
        .merge("C6:C7")
        .merge("D6:D7")
        .merge("E6:E7")
        .merge("F6:J6")
        .row(8, 1, "Tập thể", "Hội LHPN xã A", null, "Xây 2 con đường", "x", "x", "x", "x", "x")
        .row(
            9,
            2,
            "Cá nhân",
            "Trần Thị B",
            "Chủ tịch Hội LHPN xã B",
            "Vận động 50 triệu đồng",
            "x",
            "x",
            "x",
            "x");
    return b;
  }
}
