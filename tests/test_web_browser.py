"""The web page end to end, in Debian's Chromium driven by Playwright, on a copy of the sample."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
import yaml
from playwright.sync_api import Browser, Page, expect, sync_playwright

from congress_docs.template_inspect import TEMPLATE_FILES
from tests.web_support import (
    CHROMIUM_ARGS,
    RunningServer,
    copy_sample,
    require_chromium,
    running_server,
)

BAN_HON = "tam-duong/ban-hon.yaml"
FIVE = (
    "01-bao-cao-chinh-tri.docx",
    "02-bao-cao-kiem-diem.docx",
    "03-chuong-trinh-hanh-dong.docx",
    "04-du-thao-nghi-quyet.docx",
    "05-de-an-nhan-su.docx",
)
TIMEOUT_MS = 20_000
# Generous: a CI machine running the other suites at the same time answers slowly.
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = require_chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(copy_sample(tmp_path), tmp_path / "output") as running:
        yield running


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield opened
    finally:
        context.close()
    assert not errors, f"script errors in the page: {errors}"


def open_ban_hon(page: Page, server: RunningServer, *, from_start: bool = False) -> None:
    if from_start:
        page.goto(server.url + "/")
        expect(page.locator("h1")).to_have_text("Các đơn vị")
        row = page.locator('tr[data-file="tam-duong/ban-hon.yaml"]')
        expect(row).to_contain_text("hợp lệ")
        row.get_by_role("link", name="xã Bản Hon").click()
    else:
        page.goto(server.url + "/c/" + BAN_HON)
    expect(page.locator(".bar h1")).to_have_text("xã Bản Hon")
    expect(page.locator("#summary")).to_contain_text("Dữ liệu không có lỗi.")


def save_and_wait(page: Page, expected: str) -> None:
    page.click("#save")
    expect(page.locator("#status")).to_contain_text(expected)


def test_change_the_venue_and_save_keeps_the_comments(page: Page, server: RunningServer) -> None:
    file = server.data / BAN_HON
    before = file.read_text(encoding="utf-8")
    open_ban_hon(page, server, from_start=True)
    page.click("#tab-congress")
    venue = page.locator('[name="congress.venue"]')
    expect(venue).to_have_value("Hội trường Ủy ban nhân dân xã Bản Hon")
    venue.fill("Nhà văn hóa bản Nà Khum")
    expect(page.locator("#status")).to_contain_text("Có thay đổi chưa lưu")
    save_and_wait(page, "Đã lưu.")
    after = file.read_text(encoding="utf-8")
    assert yaml.safe_load(after)["congress"]["venue"] == "Nhà văn hóa bản Nà Khum"
    changed = [(old, new) for old, new in zip(before.splitlines(), after.splitlines(), strict=True)
               if old != new]
    assert changed == [("  venue: Hội trường Ủy ban nhân dân xã Bản Hon",
                        "  venue: Nhà văn hóa bản Nà Khum")]
    assert "# Đại biểu chính thức 116 = 36 đương nhiên" in after
    assert "documents_approved_on: 2023-12-15        # Thường trực Đảng ủy duyệt" in after


def test_a_word_in_a_delegate_count_is_an_error_and_is_not_saved(
    page: Page, server: RunningServer
) -> None:
    file = server.data / BAN_HON
    before = file.read_bytes()
    open_ban_hon(page, server)
    page.click("#tab-congress")
    page.locator('[name="congress.delegates.elected"]').fill("abc")
    message = page.locator('[data-msg-for="congress.delegates.elected"]')
    expect(message).to_have_text("phải là số nguyên, không phải 'abc'")
    expect(page.locator("#summary")).to_contain_text("Dữ liệu có 1 lỗi")
    expect(page.locator('[data-count-for="congress"]')).to_have_text("1")
    save_and_wait(page, "Chưa lưu")
    assert file.read_bytes() == before


def test_two_rows_pasted_from_excel_into_the_people_table(
    page: Page, server: RunningServer
) -> None:
    file = server.data / BAN_HON
    people_before = len(yaml.safe_load(file.read_text(encoding="utf-8"))["people"])
    open_ban_hon(page, server)
    page.click("#tab-people")
    rows = page.locator('table[data-table="people"] tbody tr')
    expect(rows).to_have_count(people_before)
    page.click('[data-add-row="people"]')
    first_cell = page.locator(f'[name="people.{people_before}.id"]')
    expect(first_cell).to_be_focused()
    pasted = (
        "nguyen-van-an\tNguyễn Văn An\tnam\t1990\tKinh\t\tcó\t12/12\tĐại học\tSơ cấp"
        "\tTrưởng bản Nà Khum\tbản Nà Khum\r\n"
        "lo-thi-binh\tLò Thị Bình\tnữ\t1993\tThái\t\tkhông\t12/12\t\t\tHội viên Hội LHPN\t\r\n"
    )
    first_cell.evaluate(
        """(cell, text) => {
            const data = new DataTransfer();
            data.setData('text/plain', text);
            cell.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                                                            cancelable: true}));
        }""",
        pasted,
    )
    expect(rows).to_have_count(people_before + 2)
    second = people_before + 1
    expect(page.locator(f'[name="people.{second}.full_name"]')).to_have_value("Lò Thị Bình")
    expect(page.locator(f'[name="people.{second}.gender"]')).to_have_value("nữ")
    expect(page.locator(f'[name="people.{second}.party_member"]')).to_have_value("false")
    expect(page.locator(f'[name="people.{people_before}.birth_year"]')).to_have_value("1990")
    expect(page.locator("#summary")).to_contain_text("Dữ liệu không có lỗi.")
    save_and_wait(page, "Đã lưu.")
    text = file.read_text(encoding="utf-8")
    people = yaml.safe_load(text)["people"]
    assert len(people) == people_before + 2
    assert people[-2] == {
        "id": "nguyen-van-an", "full_name": "Nguyễn Văn An", "gender": "nam",
        "birth_year": 1990, "ethnicity": "Kinh", "party_member": True,
        "education": {"general": "12/12", "professional": "Đại học", "political": "Sơ cấp"},
        "position": "Trưởng bản Nà Khum", "residence": "bản Nà Khum",
    }
    assert people[-1]["party_member"] is False
    assert "  # Cán bộ chuyên trách" in text


def test_documents_preview_and_zip_of_all(browser: Browser, tmp_path: Path) -> None:
    with running_server(copy_sample(tmp_path), tmp_path / "output", pdf=True) as server:
        context = browser.new_context(viewport={"width": 1400, "height": 900},
                                      accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(180_000)
        try:
            open_ban_hon(page, server)
            page.click("#tab-_documents")
            page.click("#build")
            documents = page.locator("#documents li")
            expect(documents).to_have_count(len(TEMPLATE_FILES), timeout=180_000)
            frame = page.locator("#preview iframe.pdf")
            expect(frame).to_have_attribute("src", "/download?file=tam-duong%2Fban-hon.yaml"
                                            "&doc=01-bao-cao-chinh-tri.pdf&inline=1")
            pdf = page.request.get(server.url + frame.get_attribute("src"))
            assert pdf.headers["content-type"] == "application/pdf"
            assert pdf.body().startswith(b"%PDF")
            with page.expect_download() as download_info:
                page.click("#zip")
            archive = zipfile.ZipFile(io.BytesIO(Path(download_info.value.path()).read_bytes()))
            # A PDF deleted by hand comes back on the next build, though its .docx is unchanged.
            (pdf_file,) = server.output.rglob("01-bao-cao-chinh-tri.pdf")
            pdf_file.unlink()
            again = page.request.post(server.url + "/api/build", data={"file": BAN_HON},
                                      headers={"x-csrf-token": server.token}, timeout=180_000)
            assert again.ok
            assert pdf_file.is_file()
        finally:
            context.close()
    names = set(archive.namelist())
    assert set(FIVE) <= names
    assert {name.replace(".docx", ".pdf") for name in FIVE} <= names
    for name in FIVE:
        document = docx.Document(io.BytesIO(archive.read(name)))
        # Unit names are joined by non-breaking spaces (one line in print).
        text = "\n".join(paragraph.text for paragraph in document.paragraphs).replace("\xa0", " ")
        assert "Bản Hon" in text, name


def test_text_preview_without_libreoffice(page: Page, server: RunningServer) -> None:
    open_ban_hon(page, server)
    page.click("#tab-_documents")
    page.click("#build")
    expect(page.locator("#documents li")).to_have_count(len(TEMPLATE_FILES))
    expect(page.locator("#preview pre.doc-text")).to_contain_text("BÁO CÁO CHÍNH TRỊ")


def test_a_file_changed_on_disk_is_not_overwritten(page: Page, server: RunningServer) -> None:
    file = server.data / BAN_HON
    open_ban_hon(page, server)
    changed = file.read_text(encoding="utf-8").replace("pilot: true", "pilot: false")
    file.write_text(changed, encoding="utf-8")
    page.click("#tab-congress")
    page.locator('[name="congress.venue"]').fill("Nhà văn hóa xã")
    page.click("#save")
    expect(page.locator("#banner")).to_contain_text("Tệp đã bị thay đổi trên đĩa")
    assert file.read_text(encoding="utf-8") == changed


def test_create_a_new_commune_from_the_start_page(page: Page, server: RunningServer) -> None:
    page.goto(server.url + "/")
    page.locator('#new-commune [name="name"]').fill("Bản Mới")
    page.locator('#new-commune [name="folder"]').select_option("tam-duong")
    page.click('#new-commune button[type="submit"]')
    expect(page.locator(".bar h1")).to_have_text("xã Bản Mới")
    assert page.url.endswith("/c/tam-duong/ban-moi.yaml")
    assert (server.data / "tam-duong" / "ban-moi.yaml").is_file()
    expect(page.locator("#summary")).to_contain_text("chỗ phải điền")


def test_a_row_deleted_in_the_middle_is_gone_from_the_file(
    page: Page, server: RunningServer
) -> None:
    file = server.data / BAN_HON
    before = yaml.safe_load(file.read_text(encoding="utf-8"))["locality"]["ethnic_groups"]
    open_ban_hon(page, server)
    page.click("#tab-locality")
    table = 'table[data-table="locality.ethnic_groups"]'
    page.locator(f'{table} tr[data-path="locality.ethnic_groups.1"] [data-delete-row]').click()
    expect(page.locator(f"{table} tbody tr")).to_have_count(len(before) - 1)
    expect(page.locator('[name="locality.ethnic_groups.1.name"]')).to_have_value(before[2]["name"])
    save_and_wait(page, "Đã lưu.")
    after = yaml.safe_load(file.read_text(encoding="utf-8"))["locality"]["ethnic_groups"]
    assert after == [before[0], *before[2:]]


def test_deleting_a_row_others_refer_to_is_refused(page: Page, server: RunningServer) -> None:
    file = server.data / BAN_HON
    before = file.read_bytes()
    open_ban_hon(page, server)
    page.click("#tab-locality")
    table = 'table[data-table="locality.residential_areas"]'
    page.locator(f'{table} tr[data-path="locality.residential_areas.1"] [data-delete-row]').click()
    expect(page.locator('[data-msg-for="committee.members.13.area"]')).to_contain_text(
        "mã 'sin-cau' chưa được khai báo trong mục 'locality.residential_areas'")
    save_and_wait(page, "Chưa lưu")
    assert file.read_bytes() == before


def test_rule_findings_and_citations_beside_the_form(page: Page, server: RunningServer) -> None:
    page.goto(server.url + "/c/tam-duong/khun-ha.yaml")
    finding = page.locator("#findings li.finding.warning")
    expect(finding).to_have_count(1)
    expect(finding).to_contain_text("cảnh báo")
    expect(finding).to_contain_text("căn cứ: Kế hoạch 211-KH/HU")
