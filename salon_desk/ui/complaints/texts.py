"""Words of the complaint register (issue 18.2): causes, service gaps, sign-off steps and
the register's refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def causes() -> dict[str, str]:
    return {
        "": QCoreApplication.translate("ComplaintTexts", "Cause: not classified"),
        "process": QCoreApplication.translate("ComplaintTexts", "Our process or system"),
        "staff": QCoreApplication.translate("ComplaintTexts", "A staff member's behaviour"),
        "product": QCoreApplication.translate("ComplaintTexts", "Product"),
        "expectation": QCoreApplication.translate("ComplaintTexts", "Customer expectation"),
        "other": QCoreApplication.translate("ComplaintTexts", "Other cause"),
    }


def service_gaps() -> dict[str, str]:
    """The five service gaps (服务差距) the documents classify by."""
    return {
        "": QCoreApplication.translate("ComplaintTexts", "Gap: not classified"),
        "promotion": QCoreApplication.translate("ComplaintTexts", "Promotion gap"),
        "understanding": QCoreApplication.translate("ComplaintTexts", "Understanding gap"),
        "procedure": QCoreApplication.translate("ComplaintTexts", "Procedure gap"),
        "behaviour": QCoreApplication.translate("ComplaintTexts", "Behaviour gap"),
        "perception": QCoreApplication.translate("ComplaintTexts", "Perception gap"),
    }


def steps() -> dict[str, str]:
    return {
        "front_desk": QCoreApplication.translate("ComplaintTexts", "Front desk"),
        "quality": QCoreApplication.translate("ComplaintTexts", "Technical / quality"),
        "manager": QCoreApplication.translate("ComplaintTexts", "Store manager"),
    }


def problems() -> dict[str, str]:
    return {
        "complaint_reply_before_received": QCoreApplication.translate(
            "ComplaintTexts", "The first reply cannot come before it was received."
        ),
        "complaint_reply_in_future": QCoreApplication.translate(
            "ComplaintTexts", "The first reply cannot be in the future."
        ),
        "complaint_visit_not_hers": QCoreApplication.translate(
            "ComplaintTexts", "Choose one of her own visits."
        ),
        "sign_off_step_unknown": QCoreApplication.translate(
            "ComplaintTexts", "Unknown sign-off step."
        ),
        "sign_off_earlier_step_missing": QCoreApplication.translate(
            "ComplaintTexts", "Sign the earlier steps first."
        ),
        "sign_off_signer_required": QCoreApplication.translate(
            "ComplaintTexts", "Choose who signs."
        ),
        "sign_off_not_a_manager": QCoreApplication.translate(
            "ComplaintTexts", "The manager's step is signed by a manager."
        ),
        "sign_off_in_future": QCoreApplication.translate(
            "ComplaintTexts", "A signature cannot be dated in the future."
        ),
        "sign_off_before_received": QCoreApplication.translate(
            "ComplaintTexts", "A signature cannot come before the complaint was received."
        ),
    }
