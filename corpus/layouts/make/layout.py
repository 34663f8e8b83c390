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
