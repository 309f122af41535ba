"""Reads a .docx with python-docx (an independent reader) and prints what the tests check, as JSON.

Usage: /usr/bin/python3 readDocx.py FILE.docx [FILE.docx ...]
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def effective_alignment(paragraph):
    if paragraph.alignment is not None:
        return str(paragraph.alignment)
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.alignment is not None:
            return str(style.paragraph_format.alignment)
        style = style.base_style
    return None


def describe(path):
    document = docx.Document(path)
    section = document.sections[0]
    paragraphs = []
    for p in document.paragraphs:
        paragraphs.append(
            {
                "style": p.style.name if p.style is not None else None,
                "text": p.text,
                "alignment": effective_alignment(p),
                "image": bool(p._p.findall(".//" + qn("w:drawing"))),
            }
        )
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]
    return {
        "page": {
            "width": section.page_width,
            "height": section.page_height,
            "top": section.top_margin,
            "bottom": section.bottom_margin,
            "left": section.left_margin,
            "right": section.right_margin,
            "differentFirstPage": section.different_first_page_header_footer,
        },
        "styles": sorted(s.name for s in document.styles if s.name),
        "paragraphs": paragraphs,
        "tables": tables,
        "core": {
            "title": document.core_properties.title,
            "author": document.core_properties.author,
            "subject": document.core_properties.subject,
            "language": document.core_properties.language,
            "created": document.core_properties.created.isoformat() if document.core_properties.created else None,
        },
    }


if __name__ == "__main__":
    json.dump({path: describe(path) for path in sys.argv[1:]}, sys.stdout, ensure_ascii=False)
