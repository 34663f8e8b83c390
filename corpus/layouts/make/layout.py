"""Lays out a catalog (header, rows of cell texts) as the two text exports gkml reads.

word_text:  a Word table saved as text: every cell starts with a tab at a line start, a cell may span
            lines, a vertically merged cell is an empty cell.
pdf_flow:   the text flow of a PDF table: each cell wrapped to its column's width (display width, CJK 1,
            ASCII 0.5), cells emitted one after another, row by row; cells vertically centred in the row,
            and one-line cells that share a baseline with the previous one-line cell joined on one line
            with a space (as pdftotext does). An empty string is an empty (or merged-away) cell.
"""
import random
import unicodedata


def width(ch):
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def wrap(text, cols):
    """Hard-wraps text (paragraphs split on \\n) to cols display columns."""
    out = []
    for para in text.split("\n"):
        line, w = "", 0.0
        for ch in para:
            cw = width(ch)
            if w + cw > cols + 1e-9 and line:
                out.append(line)
                line, w = "", 0.0
            line += ch
            w += cw
        if line:
            out.append(line)
    return out


def word_text(preamble, header_rows, rows, trailer):
    """header_rows and rows: lists of cell-text lists. Blank line between rows, like the seeds."""
    parts = [preamble.rstrip("\n") + "\n\n"] if preamble else []
    for cells in header_rows + rows:
        for c in cells:
            parts.append("\t" + c.replace("\n", "\n") + "\n")
        parts.append("\n")
    if trailer:
        parts.append(trailer.rstrip("\n") + "\n")
    return "".join(parts)


def pdf_flow(preamble, header_text, widths, rows, trailer, seed=7):
    rnd = random.Random(seed)
    out = [preamble.rstrip("\n") + "\n\n"] if preamble else []
    out.append(header_text.rstrip("\n") + "\n\n")
    for cells in rows:
        wrapped = [wrap(c, w) if c else [] for c, w in zip(cells, widths)]
        height = max(len(w) for w in wrapped)
        lines = []          # emitted lines of this row
        last_single = None  # baseline of the previous cell if it was one line
        for w in wrapped:
            if not w:
                continue
            base = (height - len(w)) // 2
            if len(w) == 1 and last_single == base and lines:
                lines[-1] += " " + w[0]
            else:
                if lines:
                    lines.append("")
                for k, piece in enumerate(w):
                    if k and rnd.random() < 0.35:
                        lines.append("")
                    lines.append(piece)
            last_single = base if len(w) == 1 else None
        out.append("\n".join(lines) + "\n\n")
    if trailer:
        out.append(trailer.rstrip("\n") + "\n")
    return "".join(out)


def flow_row_lines(cells, widths, rnd, lo=0, hi=None):
    """One row as pdf_flow lays it out, keeping only the lines at row heights lo..hi-1 (a row cut by a page
    break prints its upper part on one page, the rest on the next)."""
    wrapped = [wrap(c, w) if c else [] for c, w in zip(cells, widths)]
    height = max(len(w) for w in wrapped)
    hi = height if hi is None else hi
    lines, last_single = [], None
    for w in wrapped:
        base = (height - len(w)) // 2
        w = [piece for k, piece in enumerate(w) if lo <= base + k < hi]
        if not w:
            continue
        if len(w) == 1 and last_single == base and lines:
            lines[-1] += " " + w[0]
        else:
            if lines:
                lines.append("")
            for k, piece in enumerate(w):
                if k and rnd.random() < 0.35:
                    lines.append("")
                lines.append(piece)
        last_single = base if len(w) == 1 else None
    return lines


def row_height(cells, widths):
    return max(len(wrap(c, w)) if c else 0 for c, w in zip(cells, widths))


def pdf_pages(preamble, header_text, widths, rows, trailer, breaks, footer, running, seed=7, form_feed=True):
    """pdf_flow over several pages, as a multi-page PDF exports: at each break the page's footer line
    (footer(page, pages)), a form feed, the running title line (running(page, pages), may be empty) and the
    header printed again. breaks: (row index, cut) pairs; cut None breaks before the row, a number n cuts the row
    after its n-th line of height, the rest of it printed on the next page under the repeated header."""
    rnd = random.Random(seed)
    pages = len(breaks) + 1
    out = [preamble.rstrip("\n") + "\n\n"] if preamble else []
    out.append(header_text.rstrip("\n") + "\n\n")
    at = {r: cut for r, cut in breaks}
    page = 1

    def turn():
        nonlocal page
        out.append(footer(page, pages) + "\n")
        page += 1
        out.append("\f" if form_feed else "\n")
        top = running(page, pages)
        if top:
            out.append(top + "\n\n")
        out.append(header_text.rstrip("\n") + "\n\n")

    for i, cells in enumerate(rows):
        if i in at and at[i] is None:
            turn()
        if i in at and at[i] is not None:
            out.append("\n".join(flow_row_lines(cells, widths, rnd, 0, at[i])) + "\n\n")
            turn()
            out.append("\n".join(flow_row_lines(cells, widths, rnd, at[i], None)) + "\n\n")
        else:
            out.append("\n".join(flow_row_lines(cells, widths, rnd)) + "\n\n")
    if trailer:
        out.append(trailer.rstrip("\n") + "\n\n")
    out.append(footer(page, pages) + "\n")
    return "".join(out)
