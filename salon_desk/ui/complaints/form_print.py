"""The printable complaint form (顾客信息处理表, issue 18.2): one numbered page with what
she said, how it was classified and handled, and the sign-off steps with their names,
dates and opinions — laid out as a document and written to PDF with Qt's PDF writer (the
front desk prints the PDF); the same document drawn to a picture for the tests and the
screenshots."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QFileDialog, QWidget

from salon_desk.services import complaint_register, complaints
from salon_desk.services.shops import this_pc_shop_name
from salon_desk.ui.care_log.texts import complaint_categories
from salon_desk.ui.complaints import texts as register_texts
from salon_desk.ui.follow_ups import texts
from salon_desk.ui.widgets import prompts

PAGE_WIDTH_PX = 700  # the document's layout width; the PDF scales it to the A4 page


def _words() -> dict[str, str]:
    """The form's labels by their English words (literal, for lupdate to collect)."""
    return {
        "Customer": QCoreApplication.translate("ComplaintForm", "Customer"),
        "Received on": QCoreApplication.translate("ComplaintForm", "Received on"),
        "Channel": QCoreApplication.translate("ComplaintForm", "Channel"),
        "Category": QCoreApplication.translate("ComplaintForm", "Category"),
        "Cause": QCoreApplication.translate("ComplaintForm", "Cause"),
        "Service gap": QCoreApplication.translate("ComplaintForm", "Service gap"),
        "Service item": QCoreApplication.translate("ComplaintForm", "Service item"),
        "First reply": QCoreApplication.translate("ComplaintForm", "First reply"),
        "What she said": QCoreApplication.translate("ComplaintForm", "What she said"),
        "How it was handled": QCoreApplication.translate("ComplaintForm", "How it was handled"),
        "Result": QCoreApplication.translate("ComplaintForm", "Result"),
        "Handled by": QCoreApplication.translate("ComplaintForm", "Handled by"),
        "Status": QCoreApplication.translate("ComplaintForm", "Status"),
        "title": QCoreApplication.translate("ComplaintForm", "Customer feedback handling form"),
        "No.": QCoreApplication.translate("ComplaintForm", "No."),
        "Sign-off": QCoreApplication.translate("ComplaintForm", "Sign-off"),
        "Signed by": QCoreApplication.translate("ComplaintForm", "Signed by"),
        "Date": QCoreApplication.translate("ComplaintForm", "Date"),
        "Opinion": QCoreApplication.translate("ComplaintForm", "Opinion"),
        "Printed": QCoreApplication.translate("ComplaintForm", "Printed"),
    }


def form_html(complaint_id: int) -> str:
    row = complaints.get_complaint(complaint_id)
    signed = complaint_register.sign_offs(complaint_id)
    e = html.escape
    words = _words()
    dash = "—"

    def cell(label: str, value: str, span: int = 1) -> str:
        return f"<td class='l'>{e(label)}</td><td colspan='{span}'>{e(value) or dash}</td>"

    channel = texts.complaint_channels().get(row.channel, row.channel)
    category = complaint_categories().get(row.category, row.category)
    cause = register_texts.causes()[row.cause] if row.cause else ""
    gap = register_texts.service_gaps()[row.service_gap] if row.service_gap else ""
    status = texts.complaint_statuses().get(row.status, row.status)
    closed = row.closed_on.isoformat() if row.closed_on else ""
    pairs = [
        (("Customer", row.customer_name), ("Received on", row.received_on.isoformat())),
        (("Channel", channel), ("Category", category)),
        (("Cause", cause), ("Service gap", gap)),
        (
            ("Service item", row.service_item_name),
            ("First reply", row.first_reply_on.isoformat() if row.first_reply_on else ""),
        ),
    ]
    wide = [
        ("What she said", row.description),
        ("How it was handled", row.handling),
        ("Result", row.result),
    ]
    body = "".join(f"<tr>{cell(words[a], x)}{cell(words[b], y)}</tr>" for (a, x), (b, y) in pairs)
    body += "".join(f"<tr>{cell(words[label], value, 3)}</tr>" for label, value in wide)
    body += (
        f"<tr>{cell(words['Handled by'], row.handled_by_name)}"
        f"{cell(words['Status'], f'{status} {closed}'.strip())}</tr>"
    )

    def signature(step: str, name: str) -> str:
        done = signed.get(step)
        if done is None:
            # (room to sign by hand on the printed page)
            return f"<tr><td class='l'>{e(name)}<br><br></td><td></td><td></td><td></td></tr>"
        return (
            f"<tr><td class='l'>{e(name)}<br><br></td><td>{e(done.signer_name)}</td>"
            f"<td>{done.signed_on.isoformat()}</td><td>{e(done.opinion)}</td></tr>"
        )

    steps = "".join(signature(step, name) for step, name in register_texts.steps().items())
    return f"""
<html><head><style>
  h1 {{ text-align: center; font-size: 20pt; margin-bottom: 2px; }}
  p.n {{ text-align: right; margin-top: 0; }}
  table {{ border-collapse: collapse; }}
  td {{ border: 1px solid #333; padding: 5px; vertical-align: top; }}
  td.l {{ background: #f0f0f0; white-space: nowrap; }}
</style></head><body>
<h1>{e(words["title"])}</h1>
<p class='n'>{e(words["No."])} {e(row.form_number)} &nbsp; {e(this_pc_shop_name())}</p>
<table width='100%' cellspacing='0' cellpadding='6'>{body}</table>
<p></p>
<table width='100%' cellspacing='0' cellpadding='6'>
<tr><td class='l'>{e(words["Sign-off"])}</td><td class='l'>{e(words["Signed by"])}</td>
<td class='l'>{e(words["Date"])}</td><td class='l'>{e(words["Opinion"])}</td></tr>
{steps}
</table>
<p class='n'>{e(words["Printed"])} {dt.date.today().isoformat()}</p>
</body></html>"""


def form_document(complaint_id: int) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(form_html(complaint_id))
    document.setTextWidth(PAGE_WIDTH_PX)
    return document


def save_pdf(complaint_id: int, path: Path) -> bool:
    """One A4 page (more if the texts are long), the document scaled to its width."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(_words()["title"])
    document = form_document(complaint_id)
    painter = QPainter()
    if not painter.begin(writer):
        return False
    try:
        scale = painter.viewport().width() / PAGE_WIDTH_PX
        page_height = painter.viewport().height() / scale
        document.setPageSize(QSizeF(PAGE_WIDTH_PX, page_height))
        painter.scale(scale, scale)
        for page in range(document.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter)
            painter.restore()
    finally:
        painter.end()
    return path.exists() and path.stat().st_size > 0


def form_picture(complaint_id: int) -> QImage:
    """The form as the page shows it, on white."""
    document = form_document(complaint_id)
    size = document.size().toSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image


def ask_and_save_form(parent: QWidget, complaint_id: int) -> Path | None:
    number = complaints.get_complaint(complaint_id).form_number
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ComplaintForm", "Save form as PDF"),
        str(Path.home() / f"complaint-{number}.pdf"),
        QCoreApplication.translate("ComplaintForm", "PDF document (*.pdf)"),
    )
    if not path:
        return None
    saved = Path(path)
    if save_pdf(complaint_id, saved):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved)))  # to print it from there
        return saved
    prompts.inform(
        parent,
        QCoreApplication.translate("ComplaintForm", "Save form as PDF"),
        QCoreApplication.translate(
            "ComplaintForm", "Could not write %1. Choose another folder."
        ).replace("%1", str(saved)),
    )
    return None
