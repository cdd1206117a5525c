"""Template failures are explained in Vietnamese; the libraries' English is at most a tail."""

from __future__ import annotations

import pytest

from congress_docs.errors import RenderError
from congress_docs.rendering import render_docx

TAIL = "(chi tiết kỹ thuật:"
CASES = [  # paragraphs, data, what the message says, library words it must not lead with
    (["{% include 'khac.xml' %}"], {}, "không dùng được 'include', 'import' hay 'extends'",
     "no loader"),
    (["{% extends 'goc.xml' %}"], {}, "chép phần cần dùng vào chính mẫu này", "no loader"),
    (["{% foo %}"], {}, "lỗi thẻ: 'foo' không phải là thẻ của mẫu", "Encountered"),
    (["{% for x in y %}", "a"], {"y": []}, "lỗi thẻ: khối 'for' chưa được đóng (thiếu thẻ "
     "'endfor'", "Unexpected end of template"),
    (["{{ x|nofilter }}"], {"x": 1}, "không có bộ lọc hay phép thử 'nofilter'", "No filter"),
    (["{% for x in %}", "{% endfor %}"], {}, "lỗi thẻ: một thẻ viết sai cú pháp", "Expected"),
    (["{{ ''.__class__.__mro__ }}"], {}, "'__class__' là thuộc tính nội bộ của một giá trị "
     "kiểu 'str'; mẫu chỉ được đọc dữ liệu đại hội", "is unsafe"),
    (["{{ x|safe }}"], {"x": "<w:bogus"}, "XML không hợp lệ) nên không ghi tệp: thường do một "
     "khối 'if' hoặc 'for'", "error parsing"),
    (["{{ 1 / 0 }}"], {}, "lỗi khi điền mẫu: một biểu thức trong mẫu không tính được với dữ "
     "liệu này", "division by zero"),
]


@pytest.mark.parametrize(("paragraphs", "data", "said", "english"), CASES)
def test_a_failure_is_said_in_vietnamese(make_template, paragraphs: list[str],
                                         data: dict[str, object], said: str,
                                         english: str) -> None:
    template = make_template("t.docx", paragraphs)
    with pytest.raises(RenderError) as caught:
        render_docx(template, data, label="Báo cáo chính trị")
    message = str(caught.value)
    assert said in message
    explanation = message.split(TAIL, 1)[0]
    assert english not in explanation, message


def test_a_block_across_a_table_keeps_libxml2_only_as_the_tail(make_template) -> None:
    template = make_template("t.docx", ["start {% if flag %}", "inside"],
                             table=[["cell {% endif %} end"]])
    with pytest.raises(RenderError) as caught:
        render_docx(template, {"flag": False}, label="t")
    explanation, tail = str(caught.value).split(TAIL, 1)
    assert "mở ở một đoạn hay một ô bảng mà đóng ở chỗ khác" in explanation
    assert "{%p ...%}" in explanation and "{%tr ...%}" in explanation
    assert "tag mismatch" in tail and "column" not in tail  # libxml2's reason, no position
