"""Measure PDF export speed: warm LibreOffice workers (UNO) versus one soffice process per document.

Usage (from the repository root):

    python benchmarks/pdf_benchmark.py [--docs DIR] [--workers N] [--count 20]

--docs DIR   convert every .docx under DIR (copied to a temporary folder first: DIR gets no PDF),
             e.g. the output of `congress-docs build` for the sample district.
             Without it, --count multi-page Vietnamese .docx files are generated with python-docx.
--workers N  LibreOffice instances working in parallel, the same number in both modes.

Both modes convert the same files on the same machine in the same run; the warm mode's start-up
(LibreOffice launch, fresh profile) is reported apart and also folded into a second ratio.
Exit status 1 when a conversion failed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from congress_docs.pdf import PdfConverter, PdfResult, find_soffice, soffice_version  # noqa: E402
from congress_docs.pdf.converter import Mode  # noqa: E402

_HEADER = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ BẢN HON",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
)
_BODY = (
    "Thực hiện Hướng dẫn của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tam Đường "
    "về việc tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam cấp xã nhiệm kỳ 2024 - 2029, "
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã xây dựng kế hoạch với những nội dung "
    "cụ thể như sau: phát huy sức mạnh khối đại đoàn kết toàn dân tộc, dân chủ, đổi mới, "
    "đoàn kết và phát triển; bảo đảm đúng quy định, tiết kiệm, thiết thực, hiệu quả."
)


@dataclass(frozen=True)
class Run:
    """Timings of one mode over the whole set."""

    mode: Mode
    startup: float
    convert: float
    results: list[PdfResult]

    @property
    def per_doc(self) -> float:
        """Seconds per document, start-up excluded."""
        return self.convert / len(self.results)

    @property
    def per_doc_with_startup(self) -> float:
        """Seconds per document, start-up included."""
        return (self.startup + self.convert) / len(self.results)

    @property
    def failures(self) -> list[PdfResult]:
        """Results without a PDF."""
        return [r for r in self.results if not r.ok]


def generate_documents(folder: Path, count: int, paragraphs: int = 12) -> list[Path]:
    """Write `count` Vietnamese .docx files of about three A4 pages each."""
    from docx import Document
    from docx.shared import Pt

    paths = []
    for n in range(1, count + 1):
        doc = Document()
        doc.styles["Normal"].font.name = "Times New Roman"
        doc.styles["Normal"].font.size = Pt(14)
        for line in _HEADER:
            doc.add_paragraph(line).runs[0].bold = True
        doc.add_paragraph(f"KẾ HOẠCH số {n:02d}").runs[0].bold = True
        doc.add_paragraph(
            "Tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã, nhiệm kỳ 2024 - 2029"
        )
        for p in range(paragraphs):
            doc.add_paragraph(f"{p + 1}. {_BODY}")
        path = folder / f"van-ban-{n:03d}.docx"
        doc.save(str(path))
        paths.append(path)
    return paths


def copy_documents(source: Path, folder: Path) -> list[Path]:
    """Copy every .docx under `source` into `folder`, flattening names to keep them unique."""
    paths = []
    for n, path in enumerate(sorted(source.rglob("*.docx"))):
        if path.name.startswith("~$"):
            continue  # Word's lock files
        target = folder / f"{n:04d}-{path.name}"
        shutil.copyfile(path, target)
        paths.append(target)
    return paths


def measure(mode: Mode, docs: list[Path], workers: int, timeout: float) -> Run:
    """Convert `docs` in one mode, timing start-up and conversion apart."""
    started = time.perf_counter()
    with PdfConverter(workers=workers, timeout=timeout, mode=mode) as converter:
        if converter.mode != mode:
            sys.exit(f"mode {mode} is not available here (no Python with uno?)")
        ready = time.perf_counter()
        results = converter.convert(docs)
        done = time.perf_counter()
    return Run(mode, ready - started, done - ready, results)


def report(warm: Run, cold: Run, workers: int) -> str:
    """Lay out both runs and the speed-up."""
    count = len(warm.results)
    lines = [
        f"documents: {count}   workers: {workers}",
        f"warm: start-up {warm.startup:.2f} s, {warm.per_doc:.3f} s/doc, "
        f"{1 / warm.per_doc:.2f} docs/s ({warm.per_doc_with_startup:.3f} s/doc with start-up)",
        f"cold: {cold.per_doc:.3f} s/doc, {1 / cold.per_doc:.2f} docs/s",
        f"speed-up per document: {cold.per_doc / warm.per_doc:.1f}x "
        f"({cold.per_doc / warm.per_doc_with_startup:.1f}x counting warm start-up); target >= 4x",
    ]
    for run in (warm, cold):
        lines += [f"FAILED ({run.mode}) {r.source.name}: {r.error}" for r in run.failures]
    return "\n".join(lines)


def main() -> int:
    """Parse options, prepare two identical copies of the documents, measure both modes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, help="folder of .docx files (searched recursively)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--count", type=int, default=20, help="documents to generate without --docs"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per document")
    args = parser.parse_args()
    soffice = find_soffice()
    if soffice is None:
        sys.exit("LibreOffice (soffice) not found")
    print(f"LibreOffice: {soffice} ({soffice_version(soffice)})")
    with tempfile.TemporaryDirectory(prefix="pdf-benchmark-") as tmp:
        runs = {}
        modes: tuple[Mode, ...] = ("warm", "cold")
        for mode in modes:
            folder = Path(tmp) / mode
            folder.mkdir()
            if args.docs:
                docs = copy_documents(args.docs, folder)
            else:
                docs = generate_documents(folder, args.count)
            if not docs:
                sys.exit(f"no .docx files under {args.docs}")
            runs[mode] = measure(mode, docs, args.workers, args.timeout)
    print(report(runs["warm"], runs["cold"], args.workers))
    return 1 if runs["warm"].failures or runs["cold"].failures else 0


if __name__ == "__main__":
    sys.exit(main())
