#!/usr/bin/python3
"""Portal pages saved as PDF by a browser (Chromium's "Save as PDF", headers and footers on), for corpus/published/portal2/.

People who collect catalogs print the portal page to PDF: the browser prints the date and page title at the top of
every page and the address and 1/3, 2/3 … at the foot, lays the table out at the paper's width (a long title
wraps inside a word), breaks rows across pages without repeating merged cells, and draws no line at the top of a
continued table. The rows are those of the portal pages; the gold is theirs.

    /usr/bin/python3 corpus/published/make/make_probe_browserprint.py     (from the repository root; needs chromium)
"""
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(__file__))
from probe_gold import source, write_gold  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
PUBLISHED = os.path.join(ROOT, "corpus", "published")
OUT = os.path.join(PUBLISHED, "portal2")
PAGES = {
    "portal/hc_shuanghuai_jiuye.html": "hc_shuanghuai_jiuye_print.pdf",
    "portal/xa_xiangshan_yiwujiaoyu.html": "xa_xiangshan_print.pdf",
    "portal2/ly_zhufangbaozhang.html": "ly_zhufangbaozhang_print.pdf",
}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass  # the pages' stylesheets and pictures are not in the corpus: their 404s are expected


def main():
    handler = functools.partial(QuietHandler, directory=PUBLISHED)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    profile = tempfile.mkdtemp(prefix="gkml-print-")
    try:
        for page, name in PAGES.items():
            url = f"http://127.0.0.1:{server.server_port}/{page}"
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                            f"--print-to-pdf={os.path.join(OUT, name)}", url],
                           check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            write_gold(source(page + ".json"), "portal2", name)
    finally:
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
