#!/usr/bin/env python3
"""Makes the scanned renditions under corpus/scans/: catalogs of corpus/published printed, scanned and posted as
bureaus post them (an image-only PDF, or a bare JPEG/PNG), so gkml's OCR can be scored against the same gold.

  /usr/bin/python3 scripts/make-scans.py            # every rendition in SCANS below, into corpus/scans/
  /usr/bin/python3 scripts/make-scans.py --list     # what would be made

Needs pdftoppm (poppler-utils), ImageMagick's convert and, for a DOCX source, LibreOffice. A source PDF is
rendered in grey (pdftoppm), each page degraded by ImageMagick as its variant says (resolution, slight rotation,
noise, blur, JPEG quality, a landscape page turned as a portrait scanner takes it), and the JPEGs are wrapped
into an image-only PDF written here (no text layer, one image per page, page size from the resolution), or
kept as an image file. The gold of a scan is its source's: corpus/scans/SOURCES.tsv names it.
"""
import argparse, os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "corpus", "scans")

# variant: dpi, rotation (degrees, clockwise), noise (ImageMagick -attenuate for Gaussian noise, 0 = none),
# blur sigma (0 = none), JPEG quality, quarter turns (1 = a landscape page scanned in portrait)
VARIANTS = {
    "clean300": dict(dpi=300, rotate=0.0, noise=0.0, blur=0.0, quality=85, turns=0),
    "scan200": dict(dpi=200, rotate=1.2, noise=0.5, blur=0.6, quality=50, turns=0),
    "skew300": dict(dpi=300, rotate=-0.7, noise=0.3, blur=0.5, quality=60, turns=0),
    "turned200": dict(dpi=200, rotate=0.8, noise=0.4, blur=0.5, quality=55, turns=3),
}

# output name, source under corpus/published, variant, kind (pdf or an image suffix), gold under published-gold
# the last column: "tests" when ScannedCatalogsTest reads it and asserts the targets (each such scan meets them), else
# "benchmark": below its target today, scored by scripts/bench-scans.sh (a page of OCR is 5-12 s idle, minutes loaded)
SCANS = [
    ("ywjy_xiangshan.clean300.pdf", "word/ywjy_xiangshan.pdf", "clean300", "pdf", "tests"),
    ("ywjy_xiangshan.scan200.pdf", "word/ywjy_xiangshan.pdf", "scan200", "pdf", "tests"),
    ("wsjk_hanyin.turned200.pdf", "word/wsjk_hanyin.pdf", "turned200", "pdf", "tests"),
    ("spyp_sanmen.clean300.pdf", "office2/spyp_sanmen.pdf", "clean300", "pdf", "tests"),
    ("spyp_sanmen.skew300.jpg", "office2/spyp_sanmen.pdf", "skew300", "jpg", "tests"),
    ("zfbz_xianju.scan200.pdf", "office2/zfbz_xianju.pdf", "scan200", "pdf", "tests"),
    ("ggflfw_sanmen.scan200.pdf", "word/ggflfw_sanmen.pdf", "scan200", "pdf", "tests"),
    # a Word catalog (一级事项 merged over its rows, a group broken by the page) and a portal page, printed and scanned
    ("xczx_nanjiang.scan200.pdf", "word/xczx_nanjiang.pdf", "scan200", "pdf", "tests"),
    ("bd_shehuijiuzhu.skew300.pdf", "portal/bd_shehuijiuzhu.html", "skew300", "pdf", "tests"),
    # held out: another portal page printed, its 一级事项 numbered (1.就业信息服务), lists broken by <br>
    ("hc_shuanghuai_jiuye.scan200.pdf", "portal/hc_shuanghuai_jiuye.html", "scan200", "pdf", "benchmark"),
]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def source_pdf(src, tmp):
    path = os.path.join(ROOT, "corpus", "published", src)
    if path.endswith(".pdf"):
        return path
    if path.endswith(".html"):
        # a portal page: printed from the browser in landscape, as a bureau prints a wide table (a portrait print runs
        # the last columns off the page); the page's bytes are kept (GBK), a print style put in its head
        page = open(path, "rb").read()
        style = b"<style>@page { size: A4 landscape; margin: 1cm }</style>"
        at = page.lower().find(b"<head>")
        page = page[:at + 6] + style + page[at + 6:] if at >= 0 else style + page
        printed = os.path.join(tmp, os.path.basename(path))
        open(printed, "wb").write(page)
        run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "lo"), "--headless", "--convert-to",
             "pdf:writer_web_pdf_Export", "--outdir", tmp, printed])
        return os.path.splitext(printed)[0] + ".pdf"
    # a Word or Excel source: LibreOffice prints it to PDF first, as a bureau would before scanning
    run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "lo"), "--headless", "--convert-to", "pdf",
         "--outdir", tmp, path])
    return os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".pdf")


def degrade(pgm, jpg, v):
    cmd = ["convert", pgm]
    if v["turns"]:
        cmd += ["-rotate", str(90 * v["turns"])]
    if v["rotate"]:
        cmd += ["-background", "white", "-rotate", str(v["rotate"])]
    if v["blur"]:
        cmd += ["-blur", "0x%s" % v["blur"]]
    if v["noise"]:
        cmd += ["-attenuate", str(v["noise"]), "+noise", "Gaussian"]
    cmd += ["-colorspace", "Gray", "-quality", str(v["quality"]), "-density", str(v["dpi"]), jpg]
    run(cmd)


def jpeg_size(data):
    """(width, height, components) from a JPEG's SOF marker."""
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            h = int.from_bytes(data[i + 5:i + 7], "big")
            w = int.from_bytes(data[i + 7:i + 9], "big")
            return w, h, data[i + 9]
        i += 2 + length
    raise ValueError("no SOF marker")


def image_pdf(jpegs, dpi, out):
    """An image-only PDF: one page per JPEG, the picture filling the page, no text."""
    objects = []  # bodies, numbered from 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages = add(None)
    kids = []
    for jpg in jpegs:
        data = open(jpg, "rb").read()
        w, h, comps = jpeg_size(data)
        cs = "/DeviceGray" if comps == 1 else "/DeviceRGB"
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
                  b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, cs.encode(), len(data)) + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        cobj = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages, pw, ph, img, cobj)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objects[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(buf))
        buf += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        buf += b"%010d 00000 n \n" % o
    buf += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    open(out, "wb").write(buf)


def make(name, src, variant, kind):
    v = VARIANTS[variant]
    tmp = tempfile.mkdtemp(prefix="gkml-scan-")
    try:
        pdf = source_pdf(src, tmp)
        run(["pdftoppm", "-r", str(v["dpi"]), "-gray", pdf, os.path.join(tmp, "p")])
        pgms = sorted(f for f in os.listdir(tmp) if f.startswith("p-") and f.endswith(".pgm"))
        jpegs = []
        for i, pgm in enumerate(pgms):
            jpg = os.path.join(tmp, "page%03d.jpg" % i)
            degrade(os.path.join(tmp, pgm), jpg, v)
            jpegs.append(jpg)
        out = os.path.join(OUT, name)
        if kind == "pdf":
            image_pdf(jpegs, v["dpi"], out)
        else:
            if len(jpegs) != 1:
                raise SystemExit(name + ": an image file holds one page, the source has %d" % len(jpegs))
            if kind == "jpg":
                shutil.copy(jpegs[0], out)
            else:
                run(["convert", jpegs[0], "-density", str(v["dpi"]), out])
        print("%s  %d page(s), %s, %d KB" % (name, len(jpegs), variant, os.path.getsize(out) // 1024))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("names", nargs="*", help="only these outputs")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    rows = ["# scan under corpus/scans/\tsource under corpus/published (its gold: src/test/resources/published-gold/<source>.json)\tvariant\ttests or benchmark"]
    for name, src, variant, kind, use in SCANS:
        rows.append("%s\t%s\t%s\t%s" % (name, src, variant, use))
        if a.list:
            print(name, src, variant, VARIANTS[variant])
        elif not a.names or name in a.names:
            make(name, src, variant, kind)
    if not a.list:
        open(os.path.join(OUT, "SOURCES.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
