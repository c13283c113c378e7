"""
Small builders for StreamField content in its stored (JSON) form.

Content modules describe pages with these functions instead of writing block
dictionaries by hand. Images, documents and pages are passed as objects and
stored by id, exactly as the admin would store them. A block that links to a
page which does not exist yet comes back as None and is left out: the seeder
builds every page twice (see seeder.py), and on the second pass every link
resolves.
"""


def html(*parts):
    """Join paragraphs and headings written as HTML into one rich-text value."""
    return "".join(parts)


def p(text):
    return f"<p>{text}</p>"


def h2(text):
    return f"<h2>{text}</h2>"


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ol(*items):
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


def page_link(page, label):
    """A rich-text link to a page of this site, stored as Wagtail stores it (by id, not by URL)."""
    if page is None:
        return label
    return f'<a linktype="page" id="{page.pk}">{label}</a>'


def stream(*blocks):
    """The value of a StreamField: the blocks given, without the ones that could not be built yet."""
    return [block for block in blocks if block is not None]


def text(*parts):
    return {"type": "text", "value": html(*parts)}


def image(picture, alt_text, caption=""):
    return {"type": "image", "value": {"image": picture.pk, "alt_text": alt_text, "caption": caption}}


def hotline(heading, body="", include_emergency=True):
    return {"type": "hotline", "value": {"heading": heading, "text": body, "include_emergency": include_emergency}}


def warning_signs(heading, intro, signs):
    """`signs` is a list of (sign, explanation) pairs."""
    return {
        "type": "warning_signs",
        "value": {
            "heading": heading,
            "intro": intro,
            "signs": [{"sign": sign, "explanation": explanation} for sign, explanation in signs],
        },
    }


def quote(words, attribution=""):
    return {"type": "quote", "value": {"quote": words, "attribution": attribution}}


def faq(heading, items):
    """`items` is a list of (question, answer) pairs; answers are rich text (HTML)."""
    return {
        "type": "faq",
        "value": {"heading": heading, "items": [{"question": q, "answer": a} for q, a in items]},
    }


def document(doc, title="", description=""):
    """A download; the same shape serves the body block and the resources page's document list."""
    return {"type": "document", "value": {"document": doc.pk, "title": title, "description": description}}


def call_to_action(heading, body, button_label, page):
    """A button to another page of the site; None (left out) while that page does not exist yet."""
    if page is None:
        return None
    return {
        "type": "call_to_action",
        "value": {
            "heading": heading,
            "text": body,
            "button_label": button_label,
            "link": {"page": page.pk, "url": ""},
        },
    }
